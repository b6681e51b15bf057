

def _main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    network = Solution(n)
    out = []
    for i in range(q):
        op, a, b = data[2 + 3 * i], int(data[3 + 3 * i]), int(data[4 + 3 * i])
        if op == b"union":
            network.join(a, b)
        else:
            out.append("YES" if network.isConnected(a, b) else "NO")
    out.append(str(network.componentCount()))
    sys.stdout.write("\n".join(out) + "\n")


_main()
