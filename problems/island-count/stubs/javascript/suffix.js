
(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    console.log(String(countIslands(data.slice(2, 2 + n))));
})();
