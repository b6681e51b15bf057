
(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    const n = data[0], m = data[1];
    const edges = [];
    for (let i = 0; i < m; i++) edges.push([data[2 + 3 * i], data[3 + 3 * i], data[4 + 3 * i]]);
    console.log(cheapestRoutes(n, edges).join(' '));
})();
