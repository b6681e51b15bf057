"use strict";

/**
 * Two pointers: the lower of the two end walls can never do better with a closer partner.
 * Areas stay below 2^53, so plain numbers are exact.
 */
function maxWater(heights) {
    let i = 0, j = heights.length - 1, best = 0;
    while (i < j) {
        best = Math.max(best, (j - i) * Math.min(heights[i], heights[j]));
        if (heights[i] < heights[j]) i++;
        else j--;
    }
    return best;
}

(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const heights = new Array(n);
    for (let i = 0; i < n; i++) heights[i] = Number(data[1 + i]);
    console.log(String(maxWater(heights)));
})();
