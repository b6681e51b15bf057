/**
 * Return the length of the longest common subsequence of a and b.
 * @param {string} a
 * @param {string} b
 * @return {number}
 */
function longestCommonSubsequence(a, b) {
    return 0;
}
