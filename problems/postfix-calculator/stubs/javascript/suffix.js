
// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
const n = parseInt(data[0], 10);
const tokens = data.slice(1, 1 + n);
process.stdout.write(String(evaluate(tokens)) + "\n");
