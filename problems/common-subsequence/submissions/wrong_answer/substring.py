# Computes the longest common SUBSTRING (contiguous), a frequent misreading.
import sys

a, b = sys.stdin.read().split()
m = len(b)
best = 0
prev = [0] * (m + 1)
for ca in a:
    cur = [0] * (m + 1)
    for j in range(m):
        if ca == b[j]:
            cur[j + 1] = prev[j] + 1
            best = max(best, cur[j + 1])
    prev = cur
print(best)
