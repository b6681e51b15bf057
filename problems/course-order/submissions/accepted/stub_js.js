'use strict';

function courseOrder(n, prereq) {
    const adj = Array.from({ length: n + 1 }, () => []);
    const indeg = new Int32Array(n + 1);
    for (const [a, b] of prereq) { adj[a].push(b); indeg[b]++; }
    const heap = [];
    const push = (x) => {
        let i = heap.length;
        heap.push(x);
        while (i > 0 && heap[(i - 1) >> 1] > x) { heap[i] = heap[(i - 1) >> 1]; i = (i - 1) >> 1; }
        heap[i] = x;
    };
    const pop = () => {
        const top = heap[0], last = heap.pop();
        if (heap.length) {
            let i = 0;
            for (;;) {
                let c = 2 * i + 1;
                if (c >= heap.length) break;
                if (c + 1 < heap.length && heap[c + 1] < heap[c]) c++;
                if (heap[c] >= last) break;
                heap[i] = heap[c];
                i = c;
            }
            heap[i] = last;
        }
        return top;
    };
    for (let v = 1; v <= n; v++) if (indeg[v] === 0) push(v);
    const order = [];
    while (heap.length) {
        const u = pop();
        order.push(u);
        for (const v of adj[u]) if (--indeg[v] === 0) push(v);
    }
    return order.length === n ? order : [];
}

(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    const n = data[0], m = data[1];
    const prereq = [];
    for (let i = 0; i < m; i++) prereq.push([data[2 + 2 * i], data[3 + 2 * i]]);
    const order = courseOrder(n, prereq);
    console.log(order.length > 0 ? order.join(' ') : 'IMPOSSIBLE');
})();
