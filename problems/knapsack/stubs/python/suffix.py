

def _main():
    data = sys.stdin.buffer.read().split()
    n, capacity = int(data[0]), int(data[1])
    weights = [int(x) for x in data[2:2 + 2 * n:2]]
    values = [int(x) for x in data[3:3 + 2 * n:2]]
    print(Solution().maxValue(capacity, weights, values))


_main()
