"use strict";

/**
 * Sliding window: keep the sum of the last k values, remember the best sum.
 * Sums stay below 2^53 in magnitude, so plain numbers are exact.
 */
function bestAverage(nums, k) {
    let s = 0;
    for (let i = 0; i < k; i++) s += nums[i];
    let best = s;
    for (let i = k; i < nums.length; i++) {
        s += nums[i] - nums[i - k];
        if (s > best) best = s;
    }
    return best / k;
}

(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const k = Number(data[1]);
    const nums = new Array(n);
    for (let i = 0; i < n; i++) nums[i] = Number(data[2 + i]);
    console.log(bestAverage(nums, k).toFixed(6));
})();
