/**
 * Return the length of the longest strictly increasing subsequence of a.
 * @param {number[]} a
 * @return {number}
 */
function longestIncreasing(a) {
    return 0;
}
