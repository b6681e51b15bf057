

def _main():
    a, b = sys.stdin.read().split()
    print(Solution().editDistance(a, b))


_main()
