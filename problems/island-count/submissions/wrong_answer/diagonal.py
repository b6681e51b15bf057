# Also joins cells that touch diagonally (8-connectivity).
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
g = [bytearray(data[2 + i]) for i in range(n)]
islands = 0
for i in range(n):
    for j in range(m):
        if g[i][j] != 35:
            continue
        islands += 1
        g[i][j] = 46
        stack = [(i, j)]
        while stack:
            r, c = stack.pop()
            for nr in (r - 1, r, r + 1):
                for nc in (c - 1, c, c + 1):
                    if 0 <= nr < n and 0 <= nc < m and g[nr][nc] == 35:
                        g[nr][nc] = 46
                        stack.append((nr, nc))
print(islands)
