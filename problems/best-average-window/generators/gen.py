#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of best-average-window.
Writes data/secret/large-NN.in/.ans next to this folder."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
LIM = 10**9


def best_sum(a, k):
    s = best = sum(a[:k])
    for i in range(k, len(a)):
        s += a[i] - a[i - k]
        if s > best:
            best = s
    return best


def fmt(s, k):
    """s / k exactly, rounded half away from zero to 6 decimals."""
    q, r = divmod(abs(s) * 10**6, k)
    if 2 * r >= k:
        q += 1
    sign = "-" if s < 0 and q else ""
    return f"{sign}{q // 10**6}.{q % 10**6:06d}"


def solve(a, k):
    return fmt(best_sum(a, k), k)


def write(name, a, k):
    assert 1 <= k <= len(a) <= 100000 and all(-LIM <= x <= LIM for x in a)
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(f"{len(a)} {k}\n{' '.join(map(str, a))}\n")
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(solve(a, k) + "\n")


def main():
    rng = random.Random(60606)

    # 1: long windows over small random values.
    write("large-01", [rng.randint(-10000, 10000) for _ in range(100000)], 50000)

    # 2: k = 1: the answer is the largest value.
    write("large-02", [rng.randint(-LIM, LIM) for _ in range(50000)], 1)

    # 3: k = n: the average of everything.
    write("large-03", [rng.randint(-100, 100) for _ in range(100000)], 100000)

    # 4: huge values: window sums around 2 * 10^13.
    write("large-04", [rng.randint(9 * 10**8, LIM) for _ in range(30000)], 20000)

    # 5: every value negative.
    write("large-05", [rng.randint(-1000, -1) for _ in range(50000)], 777)

    # 6: a slowly rising trend with noise; the best window is near the end.
    write("large-06", [k // 10 + rng.randint(-500, 500) for k in range(50000)], 333)


if __name__ == "__main__":
    main()
