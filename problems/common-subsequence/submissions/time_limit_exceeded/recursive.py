# Plain recursion without memoisation: exponential in the string lengths.
import sys

sys.setrecursionlimit(10000)
a, b = sys.stdin.read().split()


def lcs(i, j):
    if i == len(a) or j == len(b):
        return 0
    if a[i] == b[j]:
        return 1 + lcs(i + 1, j + 1)
    return max(lcs(i + 1, j), lcs(i, j + 1))


print(lcs(0, 0))
