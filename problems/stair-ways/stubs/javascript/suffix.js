
(function main() {
    const [n, k] = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    console.log(String(countWays(n, k)));
})();
