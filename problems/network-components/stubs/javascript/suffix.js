
(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
    const n = Number(data[0]), q = Number(data[1]);
    const network = new Solution(n);
    const out = [];
    for (let i = 0; i < q; i++) {
        const op = data[2 + 3 * i], a = Number(data[3 + 3 * i]), b = Number(data[4 + 3 * i]);
        if (op === 'union') network.join(a, b);
        else out.push(network.isConnected(a, b) ? 'YES' : 'NO');
    }
    out.push(String(network.componentCount()));
    process.stdout.write(out.join('\n') + '\n');
})();
