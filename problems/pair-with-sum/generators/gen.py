#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of pair-with-sum.
Writes data/secret/large-NN.in/.ans next to this folder."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
LIM = 10**9


def solve(a, t):
    """One valid answer: the pair (i, j) with the smallest j, or None."""
    seen = {}
    for j, x in enumerate(a):
        i = seen.get(t - x)
        if i is not None:
            return i + 1, j + 1
        if x not in seen:
            seen[x] = j
    return None


def write(name, a, t):
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(f"{len(a)} {t}\n{' '.join(map(str, a))}\n")
    res = solve(a, t)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write("-1\n" if res is None else f"{res[0]} {res[1]}\n")


def mult3(rng, n):
    """n random multiples of 3 in [-LIM, LIM]: any two of them sum to 0 mod 3."""
    return [3 * rng.randint(-LIM // 3, LIM // 3) for _ in range(n)]


def main():
    rng = random.Random(20240611)
    n = 100000

    # 1: random amounts, the target is the sum of two random positions.
    a = [rng.randint(-LIM, LIM) for _ in range(n)]
    x, y = rng.sample(range(n), 2)
    write("large-01", a, a[x] + a[y])

    # 2: all amounts even, odd target: no pair at all (worst case for O(n^2)).
    a = [2 * rng.randint(-5000, 5000) for _ in range(n)]
    write("large-02", a, 2 * rng.randint(-5000, 5000) + 1)

    n = 20000

    # 3: the only valid pair is the last two entries.
    a = mult3(rng, n - 2) + [3 * rng.randint(-LIM // 3, LIM // 3 - 1) + 1 for _ in range(2)]
    write("large-03", a, a[-1] + a[-2])

    # 4: the only valid pair uses the same amount twice, at positions 1 and n.
    v = 3 * rng.randint(-LIM // 3, LIM // 3 - 1) + 1
    a = [v] + mult3(rng, n - 2) + [v]
    write("large-04", a, 2 * v)

    # 5: t = 2v where v appears exactly once: no pair (an entry cannot pair with itself).
    a = mult3(rng, n)
    a[rng.randrange(n)] = v
    write("large-05", a, 2 * v)

    # 6: extreme values, t = 2*10^9 reached only by the two copies of 10^9.
    a = [rng.randint(-LIM, LIM - 1) for _ in range(10000)]
    p, q = sorted(rng.sample(range(len(a)), 2))
    a[p] = a[q] = LIM
    write("large-06", a, 2 * LIM)

    # 7: small value range, many duplicates, many valid pairs.
    a = [rng.randint(-50, 50) for _ in range(100000)]
    write("large-07", a, -100)


if __name__ == "__main__":
    main()
