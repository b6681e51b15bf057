import sys
from collections import Counter, defaultdict, deque
from typing import Dict, List, Optional, Tuple

def pair_with_sum(nums: List[int], target: int) -> List[int]:
    """One pass: remember the first position of every amount seen so far."""
    seen = {}
    for j, x in enumerate(nums):
        i = seen.get(target - x)
        if i is not None:
            return [i + 1, j + 1]
        seen.setdefault(x, j)
    return []


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))
    res = pair_with_sum(nums, target)
    print(f"{res[0]} {res[1]}" if len(res) == 2 else -1)


main()
