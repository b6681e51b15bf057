# Wrong: searches only inside [0, n-1], so it can never answer n when every element
# is smaller than x.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(v) for v in data[1:1 + n]]
    q = int(data[1 + n])
    out = []
    for x in data[2 + n:2 + n + q]:
        x = int(x)
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        out.append(lo)
    print("\n".join(map(str, out)))


main()
