/**
 * Return the number of (possibly overlapping) occurrences of pattern in text.
 * @param {string} text
 * @param {string} pattern
 * @return {number}
 */
function countOccurrences(text, pattern) {
    return 0;
}
