
// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
const n = parseInt(data[0], 10);
const days = parseInt(data[1], 10);
const weights = new Array(n);
for (let i = 0; i < n; i++) weights[i] = parseInt(data[2 + i], 10);
process.stdout.write(String(minCapacity(weights, days)) + "\n");
