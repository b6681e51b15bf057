'use strict';

function longestCommonSubsequence(a, b) {
    const n = a.length, m = b.length;
    let prev = new Int32Array(m + 1), cur = new Int32Array(m + 1);
    for (let i = 0; i < n; i++) {
        for (let j = 1; j <= m; j++)
            cur[j] = a[i] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
        [prev, cur] = [cur, prev];
    }
    return prev[m];
}

(function main() {
    const [a, b] = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
    console.log(String(longestCommonSubsequence(a, b)));
})();
