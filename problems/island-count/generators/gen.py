"""Writes the large hidden tests of island-count into ../data/secret."""
import os
import random
from collections import deque

random.seed(5551212)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")


def solve(rows):
    n, m = len(rows), len(rows[0])
    seen = [[False] * m for _ in range(n)]
    count = 0
    for i in range(n):
        for j in range(m):
            if rows[i][j] != "#" or seen[i][j]:
                continue
            count += 1
            seen[i][j] = True
            q = deque([(i, j)])
            while q:
                r, c = q.popleft()
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= nr < n and 0 <= nc < m and not seen[nr][nc] and rows[nr][nc] == "#":
                        seen[nr][nc] = True
                        q.append((nr, nc))
    return count


def write(idx, rows):
    n, m = len(rows), len(rows[0])
    assert 1 <= n <= 1000 and 1 <= m <= 1000 and all(len(r) == m for r in rows)
    name = os.path.join(OUT, "large-%02d" % idx)
    with open(name + ".in", "w") as f:
        f.write("%d %d\n" % (n, m))
        f.write("".join(r + "\n" for r in rows))
    with open(name + ".ans", "w") as f:
        f.write("%d\n" % solve(rows))


def random_grid(n, m, p):
    return ["".join("#" if random.random() < p else "." for _ in range(m)) for _ in range(n)]


def snake(n, m):
    # One island shaped as a serpentine path: rows of land joined alternately at the ends.
    rows = []
    for i in range(n):
        if i % 2 == 0:
            rows.append("#" * m)
        elif i % 4 == 1:
            rows.append("." * (m - 1) + "#")
        else:
            rows.append("#" + "." * (m - 1))
    return rows


def main():
    write(1, random_grid(1000, 1000, 0.45))   # near the percolation threshold: islands of all sizes
    write(2, snake(1000, 1000))               # one island with a path of about 500000 cells
    write(3, ["".join("#" if (i + j) % 2 == 0 else "." for j in range(1000)) for i in range(500)])
    write(4, ["#" * 1000 for _ in range(400)])
    write(5, random_grid(1, 1000, 0.5))
    write(6, random_grid(1000, 1, 0.5))
    write(7, random_grid(300, 1000, 0.7))


if __name__ == "__main__":
    main()
