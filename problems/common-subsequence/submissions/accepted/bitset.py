# Bit-parallel LCS (Allison-Dix / Hyyro): one big-integer operation per character of a.
import sys


def main():
    a, b = sys.stdin.read().split()
    masks = {}
    for j, c in enumerate(b):
        masks[c] = masks.get(c, 0) | (1 << j)
    full = (1 << len(b)) - 1
    row = 0
    for c in a:
        x = masks.get(c, 0) | row
        y = (row << 1) | 1
        row = x & ~(x - y) & full
    print(bin(row).count("1"))


main()
