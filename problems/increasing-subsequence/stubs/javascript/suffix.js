
(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    const n = data[0];
    console.log(String(longestIncreasing(data.slice(1, 1 + n))));
})();
