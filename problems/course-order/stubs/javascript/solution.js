/**
 * Courses are numbered 1..n; [a, b] in prereq means a must be taken before b.
 * Return the lexicographically smallest valid order of all n courses,
 * or an empty array if no valid order exists.
 * @param {number} n
 * @param {number[][]} prereq
 * @return {number[]}
 */
function courseOrder(n, prereq) {
    return [];
}
