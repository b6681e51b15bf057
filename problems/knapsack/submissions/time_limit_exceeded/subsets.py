# Tries every subset by recursion: 2^n.
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n, cap = int(data[0]), int(data[1])
items = [(int(data[2 + 2 * i]), int(data[3 + 2 * i])) for i in range(n)]


def go(i, room):
    if i == n:
        return 0
    skip = go(i + 1, room)
    w, v = items[i]
    if w <= room:
        return max(skip, v + go(i + 1, room - w))
    return skip


print(go(0, cap))
