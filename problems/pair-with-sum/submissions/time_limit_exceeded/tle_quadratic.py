# Too slow: tries every pair, O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    for i in range(n):
        ai = a[i]
        for j in range(i + 1, n):
            if ai + a[j] == t:
                print(i + 1, j + 1)
                return
    print(-1)


main()
