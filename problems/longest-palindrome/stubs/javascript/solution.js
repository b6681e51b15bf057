/**
 * Return the leftmost longest palindromic substring of s.
 * @param {string} s
 * @return {string}
 */
function longestPalindrome(s) {
    return "";
}
