/**
 * @param {string} s
 * @return {number[]} [L, p]: the length of the longest window of s without a repeated
 *                    letter and the 1-based position where the leftmost such window begins
 */
function longestUniqueWindow(s) {
    return [0, 1];
}
