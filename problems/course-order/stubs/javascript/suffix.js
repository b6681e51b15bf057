
(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    const n = data[0], m = data[1];
    const prereq = [];
    for (let i = 0; i < m; i++) prereq.push([data[2 + 2 * i], data[3 + 2 * i]]);
    const order = courseOrder(n, prereq);
    console.log(order.length > 0 ? order.join(' ') : 'IMPOSSIBLE');
})();
