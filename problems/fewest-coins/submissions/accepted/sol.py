import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = sorted(set(int(x) for x in data[2:2 + n]))
    inf = amount + 1
    best = [0] + [inf] * amount
    for c in coins:
        for s in range(c, amount + 1):
            cand = best[s - c] + 1
            if cand < best[s]:
                best[s] = cand
    print(best[amount] if best[amount] <= amount else -1)


main()
