import sys
from typing import List


def lower_bound(a: List[int], x: int) -> int:
    """a is sorted in non-decreasing order. Return the smallest index i with a[i] >= x,
    or len(a) if there is none. Called once per query."""
    lo, hi = 0, len(a)  # the answer is in [lo, hi]
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(v) for v in data[1:1 + n]]
    q = int(data[1 + n])
    out = [str(lower_bound(a, int(x))) for x in data[2 + n:2 + n + q]]
    sys.stdout.write("\n".join(out) + "\n")


main()
