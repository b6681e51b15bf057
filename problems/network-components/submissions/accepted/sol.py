import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    parent = list(range(n + 1))
    size = [1] * (n + 1)

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    components = n
    out = []
    for i in range(q):
        op = data[2 + 3 * i]
        ra, rb = find(int(data[3 + 3 * i])), find(int(data[4 + 3 * i]))
        if op == b"union":
            if ra != rb:
                if size[ra] < size[rb]:
                    ra, rb = rb, ra
                parent[rb] = ra
                size[ra] += size[rb]
                components -= 1
        else:
            out.append("YES" if ra == rb else "NO")
    out.append(str(components))
    sys.stdout.write("\n".join(out) + "\n")


main()
