#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of subarrays-with-sum.
Writes data/secret/large-NN.in/.ans next to this folder."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
LIM = 10**9


def solve(a, k):
    """Count pairs of prefix sums P[r] - P[l-1] = k with a hash map."""
    seen = {0: 1}
    s = count = 0
    for x in a:
        s += x
        count += seen.get(s - k, 0)
        seen[s] = seen.get(s, 0) + 1
    return count


def write(name, a, k):
    assert 1 <= len(a) <= 100000 and all(-LIM <= x <= LIM for x in a) and abs(k) <= 10**14
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(f"{len(a)} {k}\n{' '.join(map(str, a))}\n")
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(f"{solve(a, k)}\n")


def main():
    rng = random.Random(8675309)
    n = 100000

    # 1: small values of both signs.
    write("large-01", [rng.randint(-10, 10) for _ in range(n)], 7)

    # 2: all zeros, k = 0: every one of the n(n+1)/2 stretches counts (above 2^32).
    write("large-02", [0] * n, 0)

    # 3: +1/-1 alternating, k = 0: about n^2/4 stretches (above 2^31).
    write("large-03", [1 if i % 2 == 0 else -1 for i in range(n)], 0)

    # 4: huge values, k equal to the sum of one long planted stretch (|k| > 2^31).
    a = [rng.randint(-LIM, LIM) for _ in range(50000)]
    l = rng.randint(0, 10000)
    write("large-04", a, sum(a[l:l + 30000]))

    # 5: positive values only.
    write("large-05", [rng.randint(1, 5) for _ in range(n)], 1000)

    # 6: negative values only, k negative.
    write("large-06", [-rng.randint(0, 3) for _ in range(n)], -30)


if __name__ == "__main__":
    main()
