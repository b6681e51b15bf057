"""Writes the large hidden tests of knapsack into ../data/secret."""
import os
import random

random.seed(424242)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")


def solve(cap, items):
    best = [0] * (cap + 1)
    for w, v in items:
        for c in range(cap, w - 1, -1):
            if best[c - w] + v > best[c]:
                best[c] = best[c - w] + v
    return best[cap]


def write(idx, cap, items):
    name = os.path.join(OUT, "large-%02d" % idx)
    with open(name + ".in", "w") as f:
        f.write("%d %d\n" % (len(items), cap))
        f.write("".join("%d %d\n" % it for it in items))
    with open(name + ".ans", "w") as f:
        f.write("%d\n" % solve(cap, items))


def main():
    n = 100
    # 1: fully random
    write(1, 10000, [(random.randint(1, 10000), random.randint(1, 10**9)) for _ in range(n)])
    # 2: light items, most of them fit together; answer far above 2^31
    write(2, 10000, [(random.randint(1, 300), random.randint(10**8, 10**9)) for _ in range(n)])
    # 3: value strongly correlated with weight (hard for greedy heuristics)
    items = []
    for _ in range(n):
        w = random.randint(1000, 10000)
        items.append((w, w * 100000 + random.randint(0, 99999)))
    write(3, 10000, items)
    # 4: items around half the capacity: the best pair matters
    write(4, 10000, [(random.randint(4000, 6000), random.randint(1, 10**9)) for _ in range(n)])
    # 5: equal weights, the best 40 values win
    write(5, 10000, [(250, random.randint(1, 10**9)) for _ in range(n)])
    # 6: every item exactly fits alone, many heavier than the capacity
    write(6, 9973, [(random.choice([9973, 9974, 10000, random.randint(1, 9973)]), random.randint(1, 10**9))
                    for _ in range(n)])
    # 7: small capacity with many tiny items, maximum values
    write(7, 137, [(random.randint(1, 20), 10**9 - random.randint(0, 1000)) for _ in range(n)])


if __name__ == "__main__":
    main()
