#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of running-balance.
Writes data/secret/large-NN.in/.ans next to this folder."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")


def solve(a, queries):
    pre = [0]
    for x in a:
        pre.append(pre[-1] + x)
    return [pre[r] - pre[l - 1] for l, r in queries]


def write(name, a, queries):
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(f"{len(a)} {len(queries)}\n{' '.join(map(str, a))}\n")
        f.write("".join(f"{l} {r}\n" for l, r in queries))
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write("".join(f"{s}\n" for s in solve(a, queries)))


def random_query(rng, n):
    l, r = rng.randint(1, n), rng.randint(1, n)
    return (min(l, r), max(l, r))


def wide_query(rng, n):
    return (rng.randint(1, 1000), rng.randint(n - 999, n))


def main():
    rng = random.Random(777001)
    n = 100000

    # 1: small changes, many random questions, some of them wide.
    a = [rng.randint(-1000, 1000) for _ in range(n)]
    qs = [random_query(rng, n) if k % 2 else wide_query(rng, n) for k in range(40000)]
    write("large-01", a, qs)

    # 2: steady deposits: every wide answer is above 2^31.
    a = [rng.randint(30000, 50000) for _ in range(n)]
    qs = [wide_query(rng, n) for _ in range(15000)] + [(1, n), (n, n), (1, 1)]
    write("large-02", a, qs)

    # 3: extreme withdrawals and deposits, single days and the full range.
    m = 10000
    a = [-10**9 if rng.random() < 0.8 else 10**9 for _ in range(m)]
    qs = [random_query(rng, m) for _ in range(10000)] + [(k, k) for k in (1, m)] + [(1, m)]
    write("large-03", a, qs)


if __name__ == "__main__":
    main()
