#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of pattern-count."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")


def count(text, pattern):
    """Knuth-Morris-Pratt: number of (overlapping) occurrences of pattern in text."""
    m = len(pattern)
    if m > len(text):
        return 0
    fail = [0] * m
    k = 0
    for i in range(1, m):
        while k and pattern[k] != pattern[i]:
            k = fail[k - 1]
        if pattern[k] == pattern[i]:
            k += 1
        fail[i] = k
    found = k = 0
    for c in text:
        while k and pattern[k] != c:
            k = fail[k - 1]
        if pattern[k] == c:
            k += 1
            if k == m:
                found += 1
                k = fail[k - 1]
    return found


def solve(text):
    t, p = text.split()[:2]
    return "%d\n" % count(t, p)


def write(name, t, p):
    assert 1 <= len(t) <= 10 ** 6 and 1 <= len(p) <= 10 ** 6
    text = "%s\n%s\n" % (t, p)
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(solve(text))


def fibonacci_word(length):
    a, b = "b", "a"
    while len(b) < length:
        a, b = b, b + a
    return b[:length]


def main():
    random.seed(8128)
    # one repeated letter: every position matches, naive comparison is quadratic
    write("large-01", "a" * 600000, "a" * 300000)
    # maximum text length, random over two letters, short pattern
    write("large-02", "".join(random.choice("ab") for _ in range(10 ** 6)), "abaab")
    # long runs with a single different letter: almost-matches everywhere
    write("large-03", ("a" * 999 + "b") * 400, "a" * 600 + "b" + "a" * 300)
    # the pattern is longer than the text
    write("large-04", "xy" * 1000, "xy" * 1000 + "x")
    # Fibonacci words: highly self-overlapping pattern
    write("large-05", fibonacci_word(317811), fibonacci_word(28657))
    # the pattern equals the whole text
    s = "".join(random.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(150000))
    write("large-06", s, s)
    # periodic text, pattern with the same period
    write("large-07", "abcab" * 40000, "abcab" * 1000 + "abc")


if __name__ == "__main__":
    main()
