# Only counts insertions and deletions: |a| + |b| - 2 * LCS. Replacing is cheaper than delete + insert.
import sys

a, b = sys.stdin.read().split()
m = len(b)
prev = [0] * (m + 1)
for ca in a:
    cur = [0] * (m + 1)
    for j in range(m):
        cur[j + 1] = prev[j] + 1 if ca == b[j] else max(prev[j + 1], cur[j])
    prev = cur
print(len(a) + len(b) - 2 * prev[m])
