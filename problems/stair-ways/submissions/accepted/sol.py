import sys


def main():
    n, k = map(int, sys.stdin.read().split())
    mod = 10**9 + 7
    dp = [0] * (n + 1)
    dp[0] = 1
    window = 1  # sum of dp[i-k .. i-1]
    for i in range(1, n + 1):
        dp[i] = window
        window = (window + dp[i]) % mod
        if i - k >= 0:
            window = (window - dp[i - k]) % mod
    print(dp[n])


main()
