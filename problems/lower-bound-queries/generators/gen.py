#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of lower-bound-queries."""
import bisect
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
    xs = [int(x) for x in tok[2 + n:2 + n + q]]
    return "".join("%d\n" % bisect.bisect_left(a, x) for x in xs)


def write(name, a, xs):
    assert a == sorted(a)
    text = "%d\n%s\n%d\n%s\n" % (len(a), " ".join(map(str, a)), len(xs), " ".join(map(str, xs)))
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(solve(text))


def main():
    random.seed(5150)
    # maximum n, many duplicates, queries hit values, gaps and both ends
    a = sorted(random.randint(-1000, 1000) for _ in range(100000))
    xs = [random.choice([random.randint(-1100, 1100), random.choice(a)]) for _ in range(50000)]
    write("large-01", a, xs)
    # full value range, mostly distinct values
    a = sorted(random.randint(-V, V) for _ in range(30000))
    xs = []
    for _ in range(30000):
        r = random.random()
        if r < 0.4:
            xs.append(random.choice(a))
        elif r < 0.5:
            xs.append(random.choice(a) + random.choice([-1, 1]))
        elif r < 0.55:
            xs.append(random.choice([-V, V]))
        else:
            xs.append(random.randint(-V, V))
    xs = [max(-V, min(V, x)) for x in xs]
    write("large-02", a, xs)
    # all elements equal
    a = [5] * 100000
    write("large-03", a, [random.choice([4, 5, 6, -V, V]) for _ in range(20000)])
    # a single element, many queries
    write("large-04", [0], [random.randint(-3, 3) for _ in range(100000)])
    # long runs of equal values, queries exactly at run boundaries
    a = []
    v = -V
    while len(a) < 30000:
        v += random.randint(1, 30000000)
        a.extend([min(v, V)] * random.randint(1, 500))
    a = a[:30000]
    xs = [random.choice(a) for _ in range(15000)] + [V, -V, a[-1], a[0]]
    random.shuffle(xs)
    write("large-05", a, xs)


if __name__ == "__main__":
    main()
