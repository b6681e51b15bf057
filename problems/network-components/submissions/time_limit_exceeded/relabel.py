# Keeps an explicit network label per computer and relabels by scanning every computer: O(n) per union.
import sys

data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
label = list(range(n + 1))
components = n
out = []
for i in range(q):
    op, a, b = data[2 + 3 * i], int(data[3 + 3 * i]), int(data[4 + 3 * i])
    la, lb = label[a], label[b]
    if op == b"union":
        if la != lb:
            for v in range(1, n + 1):
                if label[v] == lb:
                    label[v] = la
            components -= 1
    else:
        out.append("YES" if la == lb else "NO")
out.append(str(components))
print("\n".join(out))
