import sys
from collections import Counter, defaultdict, deque
from typing import Dict, List, Optional, Tuple

def merge_intervals(intervals: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Sort by start; an interval joins the last merged one if it starts before that one ends."""
    merged = []
    for l, r in sorted(intervals):
        if merged and l <= merged[-1][1]:
            if r > merged[-1][1]:
                merged[-1][1] = r
        else:
            merged.append([l, r])
    return [(l, r) for l, r in merged]


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    flat = list(map(int, data[1:1 + 2 * n]))
    intervals = list(zip(flat[0::2], flat[1::2]))
    merged = merge_intervals(intervals)
    sys.stdout.write(f"{len(merged)}\n" + "".join(f"{l} {r}\n" for l, r in merged))


main()
