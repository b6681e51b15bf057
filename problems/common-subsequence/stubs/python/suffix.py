

def _main():
    a, b = sys.stdin.read().split()
    print(Solution().longestCommonSubsequence(a, b))


_main()
