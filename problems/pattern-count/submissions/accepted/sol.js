"use strict";

/**
 * Return the number of (possibly overlapping) occurrences of pattern in text.
 * @param {string} text
 * @param {string} pattern
 * @return {number}
 */
function countOccurrences(text, pattern) {
    const n = text.length;
    const m = pattern.length;
    if (m > n) return 0;
    const fail = new Int32Array(m);
    for (let i = 1, k = 0; i < m; i++) {
        while (k > 0 && pattern.charCodeAt(k) !== pattern.charCodeAt(i)) k = fail[k - 1];
        if (pattern.charCodeAt(k) === pattern.charCodeAt(i)) k++;
        fail[i] = k;
    }
    let found = 0;
    for (let i = 0, k = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        while (k > 0 && pattern.charCodeAt(k) !== c) k = fail[k - 1];
        if (pattern.charCodeAt(k) === c) k++;
        if (k === m) {
            found++;
            k = fail[k - 1];
        }
    }
    return found;
}

// ---- input/output (not part of your solution) ----
const [text, pattern] = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
process.stdout.write(String(countOccurrences(text, pattern)) + "\n");
