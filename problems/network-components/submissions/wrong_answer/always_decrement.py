# Decrements the network count on every union, even when the computers were already linked.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
parent = list(range(n + 1))


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


components = n
out = []
for i in range(q):
    op, a, b = data[2 + 3 * i], int(data[3 + 3 * i]), int(data[4 + 3 * i])
    if op == b"union":
        parent[find(a)] = find(b)
        components -= 1
    else:
        out.append("YES" if find(a) == find(b) else "NO")
out.append(str(components))
print("\n".join(out))
