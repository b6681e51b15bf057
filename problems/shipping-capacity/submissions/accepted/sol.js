"use strict";

/**
 * weights are the crate weights in loading order. Return the minimum ferry capacity
 * that carries all crates within `days` trips.
 * @param {number[]} weights
 * @param {number} days
 * @return {number}
 */
function minCapacity(weights, days) {
    const trips = (cap) => {
        let t = 1;
        let load = 0;
        for (const w of weights) {
            if (load + w > cap) {
                t++;
                load = 0;
            }
            load += w;
        }
        return t;
    };
    let lo = 0;
    let hi = 0;
    for (const w of weights) {
        if (w > lo) lo = w;
        hi += w;
    }
    while (lo < hi) {
        const mid = Math.floor((lo + hi) / 2);
        if (trips(mid) <= days) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

// ---- input/output (not part of your solution) ----
const data = require("fs").readFileSync(0, "utf8").split(/\s+/).filter((x) => x.length > 0);
const n = parseInt(data[0], 10);
const days = parseInt(data[1], 10);
const weights = new Array(n);
for (let i = 0; i < n; i++) weights[i] = parseInt(data[2 + i], 10);
process.stdout.write(String(minCapacity(weights, days)) + "\n");
