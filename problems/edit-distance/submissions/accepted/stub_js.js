'use strict';

function editDistance(a, b) {
    const n = a.length, m = b.length;
    let prev = new Int32Array(m + 1), cur = new Int32Array(m + 1);
    for (let j = 0; j <= m; j++) prev[j] = j;
    for (let i = 1; i <= n; i++) {
        cur[0] = i;
        for (let j = 1; j <= m; j++)
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        [prev, cur] = [cur, prev];
    }
    return prev[m];
}

(function main() {
    const [a, b] = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
    console.log(String(editDistance(a, b)));
})();
