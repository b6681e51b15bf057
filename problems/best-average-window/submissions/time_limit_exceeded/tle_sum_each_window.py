# Too slow: sums every window from scratch, O(n * k).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    best = max(sum(a[i:i + k]) for i in range(n - k + 1))
    print(f"{best / k:.6f}")


main()
