# Too slow: scans the whole array for every query, O(n * q).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(v) for v in data[1:1 + n]]
    q = int(data[1 + n])
    out = []
    for x in data[2 + n:2 + n + q]:
        x = int(x)
        ans = -1
        for i in range(n):
            if a[i] == x:
                ans = i
                break
        out.append(ans)
    print("\n".join(map(str, out)))


main()
