# Too slow: scans the array from the left for every query, O(n * q).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(v) for v in data[1:1 + n]]
    q = int(data[1 + n])
    out = []
    for x in data[2 + n:2 + n + q]:
        x = int(x)
        i = 0
        while i < n and a[i] < x:
            i += 1
        out.append(i)
    print("\n".join(map(str, out)))


main()
