# Label propagation: every land cell repeatedly takes the smallest label among its neighbours
# until nothing changes. Needs as many sweeps as the longest path inside an island.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
g = [data[2 + i] for i in range(n)]
label = [[i * m + j if g[i][j] == 35 else -1 for j in range(m)] for i in range(n)]
changed = True
while changed:
    changed = False
    for i in range(n):
        for j in range(m):
            v = label[i][j]
            if v < 0:
                continue
            best = v
            for r, c in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                if 0 <= r < n and 0 <= c < m and 0 <= label[r][c] < best:
                    best = label[r][c]
            if best < v:
                label[i][j] = best
                changed = True
print(sum(1 for i in range(n) for j in range(m) if label[i][j] == i * m + j))
