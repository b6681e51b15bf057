"""Writes the large hidden tests of edit-distance into ../data/secret."""
import os
import random
import string

random.seed(31337)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
LOWER = string.ascii_lowercase


def solve(a, b):
    m = len(b)
    prev = list(range(m + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * m
        for j in range(1, m + 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != b[j - 1]))
        prev = cur
    return prev[m]


def rand(n, alphabet):
    return "".join(random.choice(alphabet) for _ in range(n))


def mutate(s, edits):
    s = list(s)
    for _ in range(edits):
        op = random.randrange(3)
        p = random.randrange(len(s))
        if op == 0 and len(s) < 1000:
            s.insert(p, random.choice(LOWER))
        elif op == 1 and len(s) > 1:
            del s[p]
        else:
            s[p] = random.choice(LOWER)
    return "".join(s)


def write(idx, a, b):
    assert 1 <= len(a) <= 1000 and 1 <= len(b) <= 1000
    name = os.path.join(OUT, "large-%02d" % idx)
    with open(name + ".in", "w") as f:
        f.write(a + "\n" + b + "\n")
    with open(name + ".ans", "w") as f:
        f.write("%d\n" % solve(a, b))


def main():
    write(1, rand(1000, LOWER), rand(1000, LOWER))
    write(2, rand(1000, "ab"), rand(1000, "ab"))
    s = rand(1000, LOWER)
    write(3, s, s)
    write(4, s, mutate(s, 60))
    write(5, "a" * 1000, "b")
    write(6, s, s[::-1])
    write(7, ("abc" * 334)[:1000], ("bca" * 334)[:1000])
    write(8, rand(1000, "acgt"), rand(500, "acgt"))
    write(9, rand(3, LOWER), rand(1000, LOWER))
    write(10, "a" * 1000, "a" * 1000)


if __name__ == "__main__":
    main()
