# Too slow: for every day scans forward until a warmer day, O(n^2) when it never comes.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    t = [int(x) for x in data[1:1 + n]]
    ans = [0] * n
    for i in range(n):
        for j in range(i + 1, n):
            if t[j] > t[i]:
                ans[i] = j - i
                break
    print(" ".join(map(str, ans)))


main()
