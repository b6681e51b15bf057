

def _main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + 2 * m]))
    prereq = [values[i:i + 2] for i in range(0, 2 * m, 2)]
    order = Solution().courseOrder(n, prereq)
    print(" ".join(map(str, order)) if order else "IMPOSSIBLE")


_main()
