'use strict';

function longestIncreasing(a) {
    const tails = [];
    for (const x of a) {
        let lo = 0, hi = tails.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (tails[mid] < x) lo = mid + 1;
            else hi = mid;
        }
        tails[lo] = x;
    }
    return tails.length;
}

(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    const n = data[0];
    console.log(String(longestIncreasing(data.slice(1, 1 + n))));
})();
