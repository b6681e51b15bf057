"use strict";

/**
 * nums is a rotated strictly increasing array. Return the index of target, or -1 if
 * it does not occur. Called once per query.
 * @param {number[]} nums
 * @param {number} target
 * @return {number}
 */
function search(nums, target) {
    let lo = 0;
    let hi = nums.length - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (nums[mid] === target) return mid;
        if (nums[lo] <= nums[mid]) {
            if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
            else lo = mid + 1;
        } else {
            if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
            else hi = mid - 1;
        }
    }
    return -1;
}

// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
let pos = 0;
const n = parseInt(data[pos++], 10);
const nums = new Array(n);
for (let i = 0; i < n; i++) nums[i] = parseInt(data[pos++], 10);
const q = parseInt(data[pos++], 10);
const out = new Array(q);
for (let j = 0; j < q; j++) out[j] = search(nums, parseInt(data[pos++], 10));
process.stdout.write(out.join("\n") + "\n");
