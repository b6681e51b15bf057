# Too slow: tries every pair of walls, O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    best = 0
    for i in range(n):
        hi = h[i]
        for j in range(i + 1, n):
            area = (j - i) * (hi if hi < h[j] else h[j])
            if area > best:
                best = area
    print(best)


main()
