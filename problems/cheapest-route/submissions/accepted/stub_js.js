'use strict';

function cheapestRoutes(n, edges) {
    const adj = Array.from({ length: n + 1 }, () => []);
    for (const [u, v, w] of edges) adj[u].push([v, w]);
    const dist = new Array(n + 1).fill(-1);
    const heap = [];  // binary min-heap of [d, v]
    const push = (x) => {
        heap.push(x);
        let i = heap.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (heap[p][0] <= heap[i][0]) break;
            [heap[p], heap[i]] = [heap[i], heap[p]];
            i = p;
        }
    };
    const pop = () => {
        const top = heap[0], last = heap.pop();
        if (heap.length > 0) {
            heap[0] = last;
            let i = 0;
            for (;;) {
                let c = 2 * i + 1;
                if (c >= heap.length) break;
                if (c + 1 < heap.length && heap[c + 1][0] < heap[c][0]) c++;
                if (heap[c][0] >= heap[i][0]) break;
                [heap[c], heap[i]] = [heap[i], heap[c]];
                i = c;
            }
        }
        return top;
    };
    push([0, 1]);
    while (heap.length > 0) {
        const [d, u] = pop();
        if (dist[u] !== -1) continue;
        dist[u] = d;
        for (const [v, w] of adj[u]) if (dist[v] === -1) push([d + w, v]);
    }
    return dist.slice(1);
}

(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean).map(Number);
    const n = data[0], m = data[1];
    const edges = [];
    for (let i = 0; i < m; i++) edges.push([data[2 + 3 * i], data[3 + 3 * i], data[4 + 3 * i]]);
    console.log(cheapestRoutes(n, edges).join(' '));
})();
