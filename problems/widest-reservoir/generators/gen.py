#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of widest-reservoir.
Writes data/secret/large-NN.in/.ans next to this folder."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
LIM = 10**9


def solve(h):
    """Two pointers: the lower end can never do better with a closer partner."""
    i, j = 0, len(h) - 1
    best = 0
    while i < j:
        best = max(best, (j - i) * min(h[i], h[j]))
        if h[i] < h[j]:
            i += 1
        else:
            j -= 1
    return best


def write(name, h):
    assert 2 <= len(h) <= 100000 and all(0 <= x <= LIM for x in h)
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(f"{len(h)}\n{' '.join(map(str, h))}\n")
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(f"{solve(h)}\n")


def main():
    rng = random.Random(5150)

    # 1: random heights over the whole range; the answer is about 10^14.
    write("large-01", [rng.randint(0, LIM) for _ in range(100000)])

    # 2: strictly increasing heights.
    write("large-02", [3 * k + 1 for k in range(50000)])

    # 3: a mountain: tall walls in the middle, low walls near the ends.
    n = 50000
    write("large-03", [min(k, n - 1 - k) * 20 + rng.randint(0, 19) for k in range(n)])

    # 4: everything zero except two tall walls close together.
    h = [0] * 100000
    h[40000], h[40003] = 999999999, LIM
    write("large-04", h)

    # 5: low walls everywhere and a few giant walls in the middle third.
    n = 50000
    h = [rng.randint(0, 1000) for _ in range(n)]
    for k in rng.sample(range(n // 3, 2 * n // 3), 5):
        h[k] = rng.randint(LIM // 2, LIM)
    write("large-05", h)


if __name__ == "__main__":
    main()
