

def _main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + 3 * m]))
    edges = [values[i:i + 3] for i in range(0, 3 * m, 3)]
    print(" ".join(map(str, Solution().cheapestRoutes(n, edges))))


_main()
