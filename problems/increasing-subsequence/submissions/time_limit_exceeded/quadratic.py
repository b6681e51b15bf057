# Classic O(n^2) dynamic programming.
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [int(x) for x in data[1:1 + n]]
best = [1] * n
for i in range(n):
    ai = a[i]
    b = 1
    for j in range(i):
        if a[j] < ai and best[j] + 1 > b:
            b = best[j] + 1
    best[i] = b
print(max(best))
