# Wrong: starts the best sum at 0 instead of the first window, so an all-negative
# input reports 0.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    s = sum(a[:k])
    best = max(0, s)
    for i in range(k, n):
        s += a[i] - a[i - k]
        best = max(best, s)
    print(f"{best / k:.6f}")


main()
