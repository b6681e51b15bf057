#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of longest-unique-window.
Writes data/secret/large-NN.in/.ans next to this folder."""
import os
import random
import string

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
AZ = string.ascii_lowercase


def solve(s):
    """(length, 1-based start) of the leftmost longest window without a repeated letter."""
    last = {}
    left = 0
    best_len, best_start = 0, 0
    for right, c in enumerate(s):
        if c in last and last[c] >= left:
            left = last[c] + 1
        last[c] = right
        if right - left + 1 > best_len:
            best_len, best_start = right - left + 1, left
    return best_len, best_start + 1


def write(name, s):
    assert 1 <= len(s) <= 200000 and set(s) <= set(AZ)
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(s + "\n")
    L, p = solve(s)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(f"{L} {p}\n")


def rand(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def perm(rng):
    letters = list(AZ)
    rng.shuffle(letters)
    return "".join(letters)


def main():
    rng = random.Random(90210)
    n = 200000

    # 1: random letters.
    write("large-01", rand(rng, AZ, n))

    # 2: the alphabet over and over: many windows of length 26, the first one wins.
    write("large-02", (AZ * (n // 26 + 1))[:n])

    # 3: a single repeated letter.
    write("large-03", "z" * n)

    # 4: five letters only, then all 26 letters at the very end.
    write("large-04", rand(rng, "abcde", n - 26) + perm(rng))

    # 5: "abba"-style traps (a letter whose last occurrence lies left of the window),
    #    then a long distinct run in the middle.
    body = "".join(rng.choice(["abba", "xyzzyx", "qwertq", "mnopm"]) for _ in range(20000))
    s = body[:90000] + "abcdefghijklmnopqrstu" + body[90000:]
    write("large-05", s[:n])

    # 6: two full-alphabet windows far apart, separated by three-letter noise.
    s = rand(rng, "xyz", 50000) + perm(rng) + rand(rng, "xyz", 100000) + perm(rng) + rand(rng, "xyz", 49948)
    write("large-06", s)


if __name__ == "__main__":
    main()
