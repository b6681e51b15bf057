# Recursive depth-first search with Python's default recursion limit: crashes on big islands.
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
g = [bytearray(data[2 + i]) for i in range(n)]


def sink(r, c):
    if 0 <= r < n and 0 <= c < m and g[r][c] == 35:
        g[r][c] = 46
        sink(r + 1, c)
        sink(r - 1, c)
        sink(r, c + 1)
        sink(r, c - 1)


islands = 0
for i in range(n):
    for j in range(m):
        if g[i][j] == 35:
            islands += 1
            sink(i, j)
print(islands)
