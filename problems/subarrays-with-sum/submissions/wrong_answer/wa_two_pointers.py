# Wrong: a shrinking sliding window only works when every value is positive.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    left = s = count = 0
    for right in range(n):
        s += a[right]
        while left < right and s > k:
            s -= a[left]
            left += 1
        if s == k:
            count += 1
    print(count)


main()
