'use strict';

function countIslands(grid) {
    const n = grid.length, m = grid[0].length;
    const land = new Uint8Array(n * m);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < m; j++) land[i * m + j] = grid[i][j] === '#' ? 1 : 0;
    const stack = new Int32Array(n * m);
    let islands = 0;
    for (let s = 0; s < n * m; s++) {
        if (!land[s]) continue;
        islands++;
        land[s] = 0;
        let top = 0;
        stack[top++] = s;
        while (top > 0) {
            const c = stack[--top], r = Math.floor(c / m), col = c % m;
            if (r > 0 && land[c - m]) { land[c - m] = 0; stack[top++] = c - m; }
            if (r < n - 1 && land[c + m]) { land[c + m] = 0; stack[top++] = c + m; }
            if (col > 0 && land[c - 1]) { land[c - 1] = 0; stack[top++] = c - 1; }
            if (col < m - 1 && land[c + 1]) { land[c + 1] = 0; stack[top++] = c + 1; }
        }
    }
    return islands;
}

(function main() {
    const data = require('fs').readFileSync(0, 'utf8').split(/\s+/).filter(Boolean);
    const n = Number(data[0]);
    console.log(String(countIslands(data.slice(2, 2 + n))));
})();
