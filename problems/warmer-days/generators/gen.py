#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of warmer-days."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
N = 100000


def answers(t):
    n = len(t)
    res = [0] * n
    stack = []  # indices with strictly decreasing temperatures
    for i, x in enumerate(t):
        while stack and t[stack[-1]] < x:
            j = stack.pop()
            res[j] = i - j
        stack.append(i)
    return res


def solve(text):
    tok = text.split()
    n = int(tok[0])
    t = [int(x) for x in tok[1:1 + n]]
    return " ".join(map(str, answers(t))) + "\n"


def write(name, t):
    text = "%d\n%s\n" % (len(t), " ".join(map(str, t)))
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(solve(text))


def main():
    random.seed(7031)
    # random readings
    write("large-01", [random.randint(-100, 100) for _ in range(N)])
    # all days equally warm: every answer is 0 (quadratic scans are slow here)
    write("large-02", [17] * N)
    # long non-increasing staircase, the only warmer day is the very last one
    t = []
    for v in range(100, -101, -1):
        t.extend([v] * ((N - 1) // 201))
    t.extend([-100] * (N - 1 - len(t)))
    t.append(100)
    t[0] = 99
    write("large-03", t)
    # slowly drifting random walk with plateaus
    t, v = [], 0
    for _ in range(N):
        v = max(-100, min(100, v + random.choice([-1, 0, 0, 1])))
        t.append(v)
    write("large-04", t)
    # saw teeth: long decreasing runs that reset to a higher peak
    t = []
    peak = -100
    while len(t) < N:
        peak = min(100, peak + 1)
        t.extend(range(peak, -101, -1))
    write("large-05", t[:N])


if __name__ == "__main__":
    main()
