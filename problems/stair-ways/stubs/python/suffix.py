

def _main():
    n, k = map(int, sys.stdin.read().split())
    print(Solution().countWays(n, k))


_main()
