#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of merge-intervals.
Writes data/secret/large-NN.in/.ans next to this folder."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
LIM = 10**9


def solve(intervals):
    merged = []
    for l, r in sorted(intervals):
        if merged and l <= merged[-1][1]:
            if r > merged[-1][1]:
                merged[-1][1] = r
        else:
            merged.append([l, r])
    return merged


def write(name, intervals):
    assert 1 <= len(intervals) <= 100000 and all(-LIM <= l <= r <= LIM for l, r in intervals)
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(f"{len(intervals)}\n" + "".join(f"{l} {r}\n" for l, r in intervals))
    merged = solve(intervals)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(f"{len(merged)}\n" + "".join(f"{l} {r}\n" for l, r in merged))


def main():
    rng = random.Random(2718281)

    # 1: short windows spread over a long range: many separate merged intervals.
    iv = []
    for _ in range(30000):
        l = rng.randint(0, 10**7)
        iv.append((l, l + rng.randint(0, 500)))
    write("large-01", iv)

    # 2: heavily overlapping windows around zero: a single merged interval.
    iv = []
    for _ in range(50000):
        l = rng.randint(-30000, 30000)
        iv.append((l, l + rng.randint(100, 20000)))
    write("large-02", iv)

    # 3: a chain of windows that only touch: [i, i+1], shuffled. Merges into one.
    iv = [(i, i + 1) for i in range(50000)]
    rng.shuffle(iv)
    write("large-03", iv)

    # 4: extreme coordinates: one window covering almost everything swallows thousands of
    #    smaller ones; points and gaps of width 1 near both ends.
    iv = [(-LIM + 10, LIM - 10)]
    for _ in range(15000):
        l = rng.randint(-LIM + 10, LIM - 1000)
        iv.append((l, l + rng.randint(0, 999)))
    iv += [(-LIM, -LIM), (-LIM + 1, -LIM + 2), (-LIM + 2, -LIM + 2), (-LIM + 4, -LIM + 9)]
    iv += [(LIM - 9, LIM - 9), (LIM - 8, LIM - 1), (LIM, LIM), (LIM, LIM)]
    rng.shuffle(iv)
    write("large-04", iv)


if __name__ == "__main__":
    main()
