#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of longest-palindrome."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
N = 2000


def longest(s):
    """Expand around every center; keep the first (leftmost) of the longest."""
    n = len(s)
    best_len, best_start = 0, 0
    for c in range(2 * n - 1):
        l = c // 2
        r = l + (c & 1)
        while l >= 0 and r < n and s[l] == s[r]:
            l -= 1
            r += 1
        length = r - l - 1
        start = l + 1
        if length > best_len or (length == best_len and start < best_start):
            best_len, best_start = length, start
    return s[best_start:best_start + best_len]


def solve(text):
    s = text.split()[0]
    p = longest(s)
    return "%d\n%s\n" % (len(p), p)


def write(name, s):
    assert 1 <= len(s) <= N
    text = s + "\n"
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(solve(text))


def rand(n, alphabet):
    return "".join(random.choice(alphabet) for _ in range(n))


def main():
    random.seed(1221)
    # every substring is a palindrome
    write("large-01", "a" * N)
    # random over two letters
    write("large-02", rand(N, "ab"))
    # random over the whole alphabet: the answer is short
    write("large-03", rand(N, "abcdefghijklmnopqrstuvwxyz"))
    # alternating letters: one odd palindrome of length n - 1
    write("large-04", "ab" * (N // 2))
    # two different palindromes of the same length: the left one must be chosen
    left = rand(300, "xyz")
    right = rand(300, "xyz")
    s = rand(400, "abcdefghij") + left + left[::-1] + rand(400, "abcdefghij") + right + right[::-1]
    write("large-05", s[:N])
    # a long even palindrome near the end, hidden in noise
    half = rand(700, "abc")
    write("large-06", rand(N - 1400, "abc") + half + half[::-1])
    # almost all equal letters with a few breaks
    s = list("a" * N)
    for i in (3, 777, 1500):
        s[i] = "b"
    write("large-07", "".join(s))


if __name__ == "__main__":
    main()
