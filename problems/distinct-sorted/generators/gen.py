#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of distinct-sorted.
Writes data/secret/large-NN.in/.ans next to this folder."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
LIM = 10**9


def solve(a):
    res = []
    for x in a:
        if not res or res[-1] != x:
            res.append(x)
    return res


def write(name, a):
    assert all(a[i] <= a[i + 1] for i in range(len(a) - 1))
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(f"{len(a)}\n{' '.join(map(str, a))}\n")
    res = solve(a)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(f"{len(res)}\n{' '.join(map(str, res))}\n")


def runs(rng, n, lo, hi, max_run):
    """Sorted array of n values from [lo, hi] built from runs of 1..max_run equal values."""
    vals = sorted(rng.sample(range(lo, hi + 1), n))
    a = []
    for v in vals:
        a.extend([v] * rng.randint(1, max_run))
        if len(a) >= n:
            break
    return a[:n]


def main():
    rng = random.Random(4242)
    n = 100000

    # 1: mostly distinct values (few duplicates).
    write("large-01", sorted(rng.randint(-300000, 300000) for _ in range(n)))

    # 2: a tiny range of values, each repeated about a thousand times.
    write("large-02", sorted(rng.randint(-50, 50) for _ in range(n)))

    # 3: every reading equal.
    write("large-03", [-7] * n)

    # 4: extreme values in runs of 1..5, including both ends of the range.
    a = [-LIM] * 3 + runs(rng, 19994, -LIM + 1, LIM - 1, 5) + [LIM] * 3
    write("large-04", a)


if __name__ == "__main__":
    main()
