
(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const q = Number(data[1]);
    const changes = new Array(n);
    for (let k = 0; k < n; k++) changes[k] = Number(data[2 + k]);
    const queries = new Array(q);
    for (let t = 0; t < q; t++) queries[t] = [Number(data[2 + n + 2 * t]), Number(data[3 + n + 2 * t])];
    const res = rangeSums(changes, queries);
    process.stdout.write(res.join("\n") + "\n");
})();
