"use strict";

/**
 * Sliding window [left, right]; last[c] is the latest position of letter c.
 */
function longestUniqueWindow(s) {
    const last = new Array(26).fill(-1);
    let left = 0, best = 0, bestStart = 0;
    for (let right = 0; right < s.length; right++) {
        const c = s.charCodeAt(right) - 97;
        if (last[c] >= left) left = last[c] + 1;
        last[c] = right;
        if (right - left + 1 > best) {
            best = right - left + 1;
            bestStart = left;
        }
    }
    return [best, bestStart + 1];
}

(function main() {
    const s = require("fs").readFileSync(0, "utf8").trim();
    const [length, start] = longestUniqueWindow(s);
    console.log(`${length} ${start}`);
})();
