# Wrong: ignores the rotation and runs an ordinary binary search, which only works when
# the array happens not to be rotated.
import bisect
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(v) for v in data[1:1 + n]]
    q = int(data[1 + n])
    out = []
    for x in data[2 + n:2 + n + q]:
        x = int(x)
        i = bisect.bisect_left(a, x)
        out.append(i if i < n and a[i] == x else -1)
    print("\n".join(map(str, out)))


main()
