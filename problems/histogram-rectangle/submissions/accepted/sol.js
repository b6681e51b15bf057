"use strict";

/**
 * Return the largest banner area (at most 10^14, exact as a JS number).
 * @param {number[]} heights
 * @return {number}
 */
function largestRectangle(heights) {
    const n = heights.length;
    const stack = [];
    let best = 0;
    for (let i = 0; i <= n; i++) {
        const h = i < n ? heights[i] : 0;
        while (stack.length > 0 && heights[stack[stack.length - 1]] >= h) {
            const j = stack.pop();
            const left = stack.length > 0 ? stack[stack.length - 1] + 1 : 0;
            best = Math.max(best, heights[j] * (i - left));
        }
        stack.push(i);
    }
    return best;
}

// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
const n = parseInt(data[0], 10);
const heights = new Array(n);
for (let i = 0; i < n; i++) heights[i] = parseInt(data[1 + i], 10);
process.stdout.write(String(largestRectangle(heights)) + "\n");
