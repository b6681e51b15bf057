'use strict';

function fewestCoins(coins, amount) {
    const best = new Array(amount + 1).fill(Infinity);
    best[0] = 0;
    for (const c of coins)
        for (let s = c; s <= amount; s++)
            best[s] = Math.min(best[s], best[s - c] + 1);
    return best[amount] === Infinity ? -1 : best[amount];
}

(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    const n = data[0], amount = data[1];
    const coins = data.slice(2, 2 + n);
    console.log(String(fewestCoins(coins, amount)));
})();
