#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of majority-vote.
Writes data/secret/large-NN.in/.ans next to this folder."""
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")


def solve(a):
    value, count = Counter(a).most_common(1)[0]
    return value if 2 * count > len(a) else -1


def write(name, a):
    assert 1 <= len(a) <= 100000 and all(0 <= x <= 10**9 for x in a)
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(f"{len(a)}\n{' '.join(map(str, a))}\n")
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(f"{solve(a)}\n")


def main():
    rng = random.Random(1789)
    n = 100000

    # 1: a winner with exactly n/2 + 1 ballots, shuffled among random others.
    a = [777] * (n // 2 + 1) + [rng.randint(0, 99999) for _ in range(n // 2 - 1)]
    a = [x if x != 777 or k < n // 2 + 1 else 778 for k, x in enumerate(a)]
    rng.shuffle(a)
    write("large-01", a)

    # 2: a candidate with exactly half of the ballots does not win.
    a = [31415] * (n // 2) + [rng.randint(0, 30000) for _ in range(n // 2)]
    rng.shuffle(a)
    write("large-02", a)

    # 3: every ballot names a different candidate.
    a = list(range(n))
    rng.shuffle(a)
    write("large-03", a)

    # 4: distinct candidates, then a long run of one candidate who still has no majority
    #    (the pairing-off "candidate" survives, but must be checked).
    a = list(range(100, 30100)) + [5] * 20000
    write("large-04", a)

    # 5: the winner's ballots all come at the end.
    a = [rng.randint(0, 10**9) for _ in range(25000)] + [10**9] * 25001
    write("large-05", a)


if __name__ == "__main__":
    main()
