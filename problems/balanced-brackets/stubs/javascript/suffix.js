
// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
const t = parseInt(data[0], 10);
const out = [];
for (let i = 0; i < t; i++) {
    out.push(isBalanced(data[1 + i]) ? "YES" : "NO");
}
process.stdout.write(out.join("\n") + "\n");
