"""Writes the large hidden tests of common-subsequence into ../data/secret."""
import os
import random
import string

random.seed(99173)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")


def solve(a, b):
    m = len(b)
    prev = [0] * (m + 1)
    for ca in a:
        cur = [0] * (m + 1)
        for j in range(m):
            if ca == b[j]:
                cur[j + 1] = prev[j] + 1
            else:
                cur[j + 1] = max(prev[j + 1], cur[j])
        prev = cur
    return prev[m]


def rand(n, alphabet):
    return "".join(random.choice(alphabet) for _ in range(n))


def write(idx, a, b):
    name = os.path.join(OUT, "large-%02d" % idx)
    with open(name + ".in", "w") as f:
        f.write(a + "\n" + b + "\n")
    with open(name + ".ans", "w") as f:
        f.write("%d\n" % solve(a, b))


def main():
    lower = string.ascii_lowercase
    write(1, rand(1000, lower), rand(1000, lower))
    write(2, rand(1000, "ab"), rand(1000, "ab"))
    write(3, rand(1000, "acgt"), rand(1000, "acgt"))
    s = rand(1000, lower)
    write(4, s, s)
    write(5, s, s[::-1])
    write(6, rand(1000, lower[:13]), rand(1000, lower[13:]))
    big = rand(1000, "xyz")
    sub = "".join(c for c in big if random.random() < 0.6)
    write(7, sub, big)
    write(8, "a" * 1000, "b" * 999 + "a")
    write(9, ("abcdefghij" * 100), ("jihgfedcba" * 100))
    write(10, rand(1000, lower), rand(37, lower))


if __name__ == "__main__":
    main()
