
(function main() {
    const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    const intervals = new Array(n);
    for (let i = 0; i < n; i++) intervals[i] = [Number(data[1 + 2 * i]), Number(data[2 + 2 * i])];
    const merged = mergeIntervals(intervals);
    const lines = [String(merged.length)];
    for (const [l, r] of merged) lines.push(`${l} ${r}`);
    process.stdout.write(lines.join("\n") + "\n");
})();
