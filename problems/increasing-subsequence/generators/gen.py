"""Writes the large hidden tests of increasing-subsequence into ../data/secret."""
import os
import random
from bisect import bisect_left

random.seed(8675309)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")


def solve(a):
    tails = []
    for x in a:
        p = bisect_left(tails, x)
        if p == len(tails):
            tails.append(x)
        else:
            tails[p] = x
    return len(tails)


def write(idx, a):
    assert 1 <= len(a) <= 200000 and all(-10**9 <= x <= 10**9 for x in a)
    name = os.path.join(OUT, "large-%02d" % idx)
    with open(name + ".in", "w") as f:
        f.write("%d\n%s\n" % (len(a), " ".join(map(str, a))))
    with open(name + ".ans", "w") as f:
        f.write("%d\n" % solve(a))


def main():
    n = 200000
    # 1: many duplicates in a small range
    write(1, [random.randint(0, 9999) for _ in range(n)])
    # 2: full value range, both signs
    write(2, [random.randint(-10**9, 10**9) for _ in range(60000)])
    # 3: non-decreasing staircase: the strict answer is the number of distinct values
    write(3, [i // 20 for i in range(n)])
    # 4: strictly decreasing with the extreme values at both ends
    m = 20000
    write(4, [10**9] + [10**9 - 1 - 99999 * i for i in range(1, m - 1)] + [-10**9])
    # 5: all equal
    write(5, [0] * n)
    # 6: increasing trend with noise, long answer
    write(6, [i * 5 + random.randint(-40, 40) for i in range(50000)])


if __name__ == "__main__":
    main()
