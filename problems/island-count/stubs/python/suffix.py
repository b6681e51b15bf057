

def _main():
    data = sys.stdin.read().split()
    n = int(data[0])
    grid = data[2:2 + n]
    print(Solution().countIslands(grid))


_main()
