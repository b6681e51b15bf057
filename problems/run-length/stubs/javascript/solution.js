/**
 * Return the run-length encoding of s, e.g. "aaabcc" -> "a3b1c2".
 * @param {string} s
 * @return {string}
 */
function encode(s) {
    return "";
}

/**
 * Return the string described by the encoding e, e.g. "x2y10" -> "xxyyyyyyyyyy".
 * @param {string} e
 * @return {string}
 */
function decode(e) {
    return "";
}
