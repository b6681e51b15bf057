"use strict";

/**
 * Two pointers: nums[0..k-1] is the distinct prefix built so far.
 */
function removeDuplicates(nums) {
    let k = 0;
    for (let i = 0; i < nums.length; i++) {
        if (k === 0 || nums[i] !== nums[k - 1]) nums[k++] = nums[i];
    }
    return k;
}

(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const nums = new Array(n);
    for (let i = 0; i < n; i++) nums[i] = Number(data[1 + i]);
    const k = removeDuplicates(nums);
    process.stdout.write(`${k}\n${nums.slice(0, k).join(" ")}\n`);
})();
