#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of histogram-rectangle."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
N = 100000
H = 10 ** 9


def largest(h):
    best = 0
    stack = []  # indices of bars with increasing heights
    for i, x in enumerate(h + [0]):
        while stack and h[stack[-1]] >= x:
            j = stack.pop()
            left = stack[-1] + 1 if stack else 0
            best = max(best, h[j] * (i - left))
        stack.append(i)
    return best


def solve(text):
    tok = text.split()
    n = int(tok[0])
    return "%d\n" % largest([int(x) for x in tok[1:1 + n]])


def write(name, h):
    text = "%d\n%s\n" % (len(h), " ".join(map(str, h)))
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(solve(text))


def main():
    random.seed(99173)
    # everything at the maximum: answer 10^14, overflows 32-bit products
    write("large-01", [H] * N)
    # random tall buildings
    write("large-02", [random.randint(0, H) for _ in range(N // 2)])
    # strictly increasing 1..n: best is k * (n - k + 1), about 2.5 * 10^9
    write("large-03", list(range(1, N + 1)))
    # a valley: decreasing then increasing, small heights
    half = N // 2
    write("large-04", [half - i for i in range(half)] + [i + 1 for i in range(N - half)])
    # many empty lots and low buildings
    write("large-05", [random.choice([0, 0, 1, 2, 3, 5, 8]) for _ in range(N)])
    # a smooth random skyline with a few very tall towers
    h, v = [], 5000
    for _ in range(N):
        v = max(1, min(10000, v + random.randint(-50, 50)))
        h.append(v if random.random() > 0.001 else random.randint(H // 2, H))
    write("large-06", h)


if __name__ == "__main__":
    main()
