"use strict";

/**
 * Sort by start; an interval joins the last merged one if it starts before that one ends.
 */
function mergeIntervals(intervals) {
    intervals.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged = [];
    for (const [l, r] of intervals) {
        const last = merged[merged.length - 1];
        if (last && l <= last[1]) last[1] = Math.max(last[1], r);
        else merged.push([l, r]);
    }
    return merged;
}

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
