"""Writes the large hidden tests of fewest-coins into ../data/secret."""
import os
import random

random.seed(777001)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")


def solve(coins, amount):
    inf = float("inf")
    best = [0] + [inf] * amount
    for s in range(1, amount + 1):
        b = inf
        for c in coins:
            if c <= s and best[s - c] + 1 < b:
                b = best[s - c] + 1
        best[s] = b
    return -1 if best[amount] == inf else best[amount]


def write(idx, coins, amount):
    name = os.path.join(OUT, "large-%02d" % idx)
    with open(name + ".in", "w") as f:
        f.write("%d %d\n%s\n" % (len(coins), amount, " ".join(map(str, coins))))
    with open(name + ".ans", "w") as f:
        f.write("%d\n" % solve(coins, amount))


def main():
    # 1: many random coins, no coin of value 1
    write(1, [random.randint(2, 10000) for _ in range(100)], 10000)
    # 2: only even coins and an odd amount: impossible
    write(2, [2 * random.randint(1, 5000) for _ in range(100)], 9999)
    # 3: large coins only, amount reachable with few coins or not at all
    write(3, [random.randint(2500, 10000) for _ in range(100)], random.randint(9000, 10000))
    # 4: small coins (many coins in the answer) with a value 1 present
    coins = [1] + [random.randint(50, 200) for _ in range(99)]
    random.shuffle(coins)
    write(4, coins, 10000)
    # 5: coins where the greedy choice is wrong at scale
    write(5, [1, 4999, 5000, 7500, 2501] + [random.randint(9000, 10000) for _ in range(95)], 10000)
    # 6: few coins with large gcd structure
    write(6, [97, 89, 83], 9973)
    # 7: many duplicates
    write(7, [random.choice([37, 91, 143]) for _ in range(100)], 9998)


if __name__ == "__main__":
    main()
