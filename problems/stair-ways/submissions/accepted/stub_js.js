'use strict';

function countWays(n, k) {
    const MOD = 1000000007;
    const dp = new Array(n + 1).fill(0);
    dp[0] = 1;
    for (let i = 1; i <= n; i++) {
        let s = 0;
        for (let j = 1; j <= k && j <= i; j++) s += dp[i - j];
        dp[i] = s % MOD;
    }
    return dp[n];
}

(function main() {
    const [n, k] = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    console.log(String(countWays(n, k)));
})();
