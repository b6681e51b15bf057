# Each step scans all courses for the smallest one that is ready: O(n^2).
import sys

data = sys.stdin.buffer.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
for i in range(m):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[a].append(b)
    indeg[b] += 1
done = [False] * (n + 1)
order = []
for _ in range(n):
    u = next((v for v in range(1, n + 1) if not done[v] and indeg[v] == 0), 0)
    if u == 0:
        break
    done[u] = True
    order.append(u)
    for v in adj[u]:
        indeg[v] -= 1
print(" ".join(map(str, order)) if len(order) == n else "IMPOSSIBLE")
