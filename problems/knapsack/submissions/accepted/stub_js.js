'use strict';

function maxValue(capacity, weights, values) {
    const best = new Array(capacity + 1).fill(0);
    for (let i = 0; i < weights.length; i++)
        for (let c = capacity; c >= weights[i]; c--)
            best[c] = Math.max(best[c], best[c - weights[i]] + values[i]);
    return best[capacity];
}

(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    const n = data[0], capacity = data[1];
    const weights = [], values = [];
    for (let i = 0; i < n; i++) {
        weights.push(data[2 + 2 * i]);
        values.push(data[3 + 2 * i]);
    }
    console.log(String(maxValue(capacity, weights, values)));
})();
