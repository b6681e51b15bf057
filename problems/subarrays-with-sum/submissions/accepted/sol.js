"use strict";

/**
 * Count pairs of prefix sums with P[r] - P[l-1] === k. All sums and counts stay below
 * 2^53, so plain numbers are exact.
 */
function countSubarrays(nums, k) {
    const seen = new Map([[0, 1]]);
    let s = 0, total = 0;
    for (const x of nums) {
        s += x;
        total += seen.get(s - k) || 0;
        seen.set(s, (seen.get(s) || 0) + 1);
    }
    return total;
}

(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const k = Number(data[1]);
    const nums = new Array(n);
    for (let i = 0; i < n; i++) nums[i] = Number(data[2 + i]);
    console.log(String(countSubarrays(nums, k)));
})();
