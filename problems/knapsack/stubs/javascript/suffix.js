
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
