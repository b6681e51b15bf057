
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
