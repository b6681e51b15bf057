import sys
from collections import Counter, defaultdict, deque
from typing import Dict, List, Optional, Tuple

def longest_unique_window(s: str) -> Tuple[int, int]:
    """Sliding window [left, right]; last[c] is the latest position of letter c."""
    last = {}
    left = best = best_start = 0
    for right, c in enumerate(s):
        p = last.get(c, -1)
        if p >= left:
            left = p + 1
        last[c] = right
        if right - left + 1 > best:
            best, best_start = right - left + 1, left
    return best, best_start + 1


def main() -> None:
    s = sys.stdin.readline().strip()
    length, start = longest_unique_window(s)
    print(length, start)


main()
