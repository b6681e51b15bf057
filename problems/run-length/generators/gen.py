#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of run-length."""
import itertools
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
TOTAL = 500000
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def encode(s):
    return "".join("%s%d" % (c, len(list(g))) for c, g in itertools.groupby(s))


def decode(e):
    return "".join(c * int(k) for c, k in re.findall(r"([a-z])(\d+)", e))


def solve(text):
    lines = text.split("\n")
    t = int(lines[0])
    out = []
    for line in lines[1:1 + t]:
        op, arg = line.split()
        out.append(encode(arg) if op == "E" else decode(arg))
    return "\n".join(out) + "\n"


def runs(total, max_run, alphabet=LETTERS):
    """Random string of the given length built from runs of random lengths."""
    parts, n, prev = [], 0, ""
    while n < total:
        c = random.choice([x for x in alphabet if x != prev] or alphabet)
        k = min(total - n, random.randint(1, max_run))
        parts.append(c * k)
        n += k
        prev = c
    return "".join(parts)


def pairs(total, max_count):
    """Random well-formed encoding (neighbouring letters may repeat) of given length."""
    parts, n = [], 0
    while n < total:
        k = min(total - n, random.randint(1, max_count))
        parts.append("%s%d" % (random.choice(LETTERS), k))
        n += k
    return "".join(parts)


def write(name, requests):
    size = sum(len(arg) if op == "E" else len(decode(arg)) for op, arg in requests)
    assert 1 <= len(requests) <= 100000 and size <= TOTAL
    text = "%d\n%s\n" % (len(requests), "\n".join("%s %s" % r for r in requests))
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(solve(text))


def main():
    random.seed(4242)
    # one long string with runs of all lengths
    write("large-01", [("E", runs(TOTAL, 2000))])
    # one tiny encoding that expands to the maximum length
    write("large-02", [("D", "w%d" % TOTAL)])
    # many short requests of both kinds
    reqs, used = [], 0
    while len(reqs) < 100000 and used < TOTAL - 20:
        k = random.randint(1, 8)
        if random.random() < 0.5:
            reqs.append(("E", runs(k, 3, "ab")))
        else:
            reqs.append(("D", pairs(k, 3)))
        used += k
    write("large-03", reqs)
    # no two neighbouring letters equal: the encoding is twice as long
    s = "".join(random.choice("xy") if i % 2 else "z" for i in range(200000))
    write("large-04", [("E", s), ("D", pairs(150000, 99999))])
    # encodings with many repeated letters and multi-digit counts
    write("large-05", [("D", pairs(100000, 20)), ("D", pairs(100000, 3000)), ("E", runs(100000, 15))])


if __name__ == "__main__":
    main()
