"use strict";

/**
 * For every day, the number of days until a strictly warmer day (0 if none).
 * @param {number[]} temps
 * @return {number[]}
 */
function daysUntilWarmer(temps) {
    const ans = new Array(temps.length).fill(0);
    const stack = [];
    for (let i = 0; i < temps.length; i++) {
        while (stack.length > 0 && temps[stack[stack.length - 1]] < temps[i]) {
            const j = stack.pop();
            ans[j] = i - j;
        }
        stack.push(i);
    }
    return ans;
}

// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
const n = parseInt(data[0], 10);
const temps = new Array(n);
for (let i = 0; i < n; i++) temps[i] = parseInt(data[1 + i], 10);
process.stdout.write(daysUntilWarmer(temps).join(" ") + "\n");
