#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of rotated-search."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
V = 10 ** 9


def solve(text):
    tok = text.split()
    n = int(tok[0])
    a = [int(x) for x in tok[1:1 + n]]
    q = int(tok[1 + n])
    where = {v: i for i, v in enumerate(a)}
    return "".join("%d\n" % where.get(int(x), -1) for x in tok[2 + n:2 + n + q])


def rotated(values, k):
    values = sorted(values)
    assert len(set(values)) == len(values)
    return values[k:] + values[:k]


def queries(a, q, lo, hi, hit=0.5):
    xs = []
    for _ in range(q):
        if random.random() < hit:
            xs.append(random.choice(a))
        else:
            xs.append(random.randint(lo, hi))
    return xs


def write(name, a, xs):
    text = "%d\n%s\n%d\n%s\n" % (len(a), " ".join(map(str, a)), len(xs), " ".join(map(str, xs)))
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(solve(text))


def main():
    random.seed(27182)
    # maximum n, rotation somewhere in the middle
    n = 100000
    a = rotated(random.sample(range(0, 400000), n), 61803)
    write("large-01", a, queries(a, 40000, -5, 400005))
    # not rotated at all, full value range
    a = rotated(random.sample(range(-V, V + 1), 40000), 0)
    xs = queries(a, 30000, -V, V) + [V, -V, a[0], a[-1]]
    write("large-02", a, xs)
    # rotated by n - 1: the smallest value is last
    n = 60000
    a = rotated(range(1, 2 * n, 2), n - 1)
    write("large-03", a, queries(a, 20000, 0, 2 * n))
    # tiny array, maximum number of queries
    write("large-04", [9, 3], [random.choice([2, 3, 4, 8, 9, 10]) for _ in range(100000)])
    # rotated by one, consecutive values, every query hits
    n = 30000
    a = rotated(range(-n // 2, n - n // 2), 1)
    write("large-05", a, queries(a, 20000, 0, 0, hit=1.0))


if __name__ == "__main__":
    main()
