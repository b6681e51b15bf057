#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of shipping-capacity."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
N = 100000
W = 100000


def trips_needed(w, cap):
    trips, load = 1, 0
    for x in w:
        if load + x > cap:
            trips += 1
            load = x
        else:
            load += x
    return trips


def min_capacity(w, d):
    lo, hi = max(w), sum(w)
    while lo < hi:
        mid = (lo + hi) // 2
        if trips_needed(w, mid) <= d:
            hi = mid
        else:
            lo = mid + 1
    return lo


def solve(text):
    tok = text.split()
    n, d = int(tok[0]), int(tok[1])
    return "%d\n" % min_capacity([int(x) for x in tok[2:2 + n]], d)


def write(name, w, d):
    text = "%d %d\n%s\n" % (len(w), d, " ".join(map(str, w)))
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(solve(text))


def main():
    random.seed(86420)
    write("large-01", [random.randint(1, W) for _ in range(N)], 997)
    # heaviest possible cargo in a single day: the answer is 10^10
    write("large-02", [W] * N, 1)
    # one day per crate: the answer is the heaviest crate
    write("large-03", [random.randint(1, W) for _ in range(N // 2)], N // 2)
    # light crates with a few very heavy ones
    w = [random.randint(1, 10) if random.random() > 0.0005 else W for _ in range(N)]
    write("large-04", w, 37)
    # two days, increasing weights
    write("large-05", sorted(random.randint(1, W) for _ in range(N // 2)), 2)
    # more days than crates
    write("large-06", [random.randint(1, W) for _ in range(1000)], N)


if __name__ == "__main__":
    main()
