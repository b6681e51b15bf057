"""Writes the large hidden tests of stair-ways into ../data/secret."""
import os
import random

random.seed(20240501)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
MOD = 10**9 + 7


def solve(n, k):
    dp = [0] * (n + 1)
    dp[0] = 1
    for i in range(1, n + 1):
        lo = max(0, i - k)
        dp[i] = sum(dp[lo:i]) % MOD
    return dp[n]


def main():
    cases = [(100000, 20), (100000, 1), (100000, 2), (99999, 7),
             (random.randint(90000, 100000), random.randint(3, 19))]
    for idx, (n, k) in enumerate(cases, 1):
        name = os.path.join(OUT, "large-%02d" % idx)
        with open(name + ".in", "w") as f:
            f.write("%d %d\n" % (n, k))
        with open(name + ".ans", "w") as f:
            f.write("%d\n" % solve(n, k))


if __name__ == "__main__":
    main()
