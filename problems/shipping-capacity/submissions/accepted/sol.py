import sys
from typing import List


def min_capacity(weights: List[int], days: int) -> int:
    """weights are the crate weights in loading order. Return the minimum ferry capacity
    that carries all crates within `days` trips."""

    def trips(cap: int) -> int:
        t, load = 1, 0
        for w in weights:
            load += w
            if load > cap:
                t += 1
                load = w
        return t

    lo, hi = max(weights), sum(weights)
    while lo < hi:
        mid = (lo + hi) // 2
        if trips(mid) <= days:
            hi = mid
        else:
            lo = mid + 1
    return lo


# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, days = int(data[0]), int(data[1])
    weights = [int(x) for x in data[2:2 + n]]
    print(min_capacity(weights, days))


main()
