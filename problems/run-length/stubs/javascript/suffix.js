
// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
const t = parseInt(data[0], 10);
const out = [];
for (let i = 0; i < t; i++) {
    const op = data[1 + 2 * i];
    const arg = data[2 + 2 * i];
    out.push(op === "E" ? encode(arg) : decode(arg));
}
process.stdout.write(out.join("\n") + "\n");
