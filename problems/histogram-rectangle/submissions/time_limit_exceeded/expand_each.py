# Too slow: for every bar, walks left and right while the neighbours are at least as tall.
# O(n^2) on flat skylines.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = [int(x) for x in data[1:1 + n]]
    best = 0
    for i in range(n):
        l = i
        while l > 0 and h[l - 1] >= h[i]:
            l -= 1
        r = i
        while r + 1 < n and h[r + 1] >= h[i]:
            r += 1
        best = max(best, h[i] * (r - l + 1))
    print(best)


main()
