
// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
const n = parseInt(data[0], 10);
const heights = new Array(n);
for (let i = 0; i < n; i++) heights[i] = parseInt(data[1 + i], 10);
process.stdout.write(String(largestRectangle(heights)) + "\n");
