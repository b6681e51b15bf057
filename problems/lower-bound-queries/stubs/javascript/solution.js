/**
 * a is sorted in non-decreasing order. Return the smallest index i with a[i] >= x,
 * or a.length if there is none. Called once per query.
 * @param {number[]} a
 * @param {number} x
 * @return {number}
 */
function lowerBound(a, x) {
    return a.length;
}
