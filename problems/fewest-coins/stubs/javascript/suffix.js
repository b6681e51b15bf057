
(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    const n = data[0], amount = data[1];
    const coins = data.slice(2, 2 + n);
    console.log(String(fewestCoins(coins, amount)));
})();
