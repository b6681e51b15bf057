"use strict";

/**
 * Return the leftmost longest palindromic substring of s.
 * @param {string} s
 * @return {string}
 */
function longestPalindrome(s) {
    const n = s.length;
    let bestLen = 0;
    let bestStart = 0;
    for (let c = 0; c < 2 * n - 1; c++) {
        let l = c >> 1;
        let r = l + (c & 1);
        while (l >= 0 && r < n && s[l] === s[r]) {
            l--;
            r++;
        }
        const len = r - l - 1;
        if (len > bestLen || (len === bestLen && l + 1 < bestStart)) {
            bestLen = len;
            bestStart = l + 1;
        }
    }
    return s.substring(bestStart, bestStart + bestLen);
}

// ---- input/output (not part of your solution) ----
const s = require("fs").readFileSync(0, "utf8").trim();
const p = longestPalindrome(s);
process.stdout.write(p.length + "\n" + p + "\n");
