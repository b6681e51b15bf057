"use strict";

/**
 * a is sorted in non-decreasing order. Return the smallest index i with a[i] >= x,
 * or a.length if there is none. Called once per query.
 * @param {number[]} a
 * @param {number} x
 * @return {number}
 */
function lowerBound(a, x) {
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (a[mid] < x) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
let pos = 0;
const n = parseInt(data[pos++], 10);
const a = new Array(n);
for (let i = 0; i < n; i++) a[i] = parseInt(data[pos++], 10);
const q = parseInt(data[pos++], 10);
const out = new Array(q);
for (let j = 0; j < q; j++) out[j] = lowerBound(a, parseInt(data[pos++], 10));
process.stdout.write(out.join("\n") + "\n");
