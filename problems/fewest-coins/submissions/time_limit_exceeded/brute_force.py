# Tries every multiset of coins by plain recursion without memoisation: exponential.
import sys

sys.setrecursionlimit(100000)
data = sys.stdin.read().split()
n, amount = int(data[0]), int(data[1])
coins = sorted(set(int(x) for x in data[2:2 + n]), reverse=True)


def go(i, rest):
    if rest == 0:
        return 0
    if i == len(coins):
        return None
    best = None
    for take in range(rest // coins[i], -1, -1):
        sub = go(i + 1, rest - take * coins[i])
        if sub is not None and (best is None or sub + take < best):
            best = sub + take
    return best


r = go(0, amount)
print(-1 if r is None else r)
