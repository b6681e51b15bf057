import sys
from collections import Counter, defaultdict, deque
from typing import Dict, List, Optional, Tuple

def count_subarrays(nums: List[int], k: int) -> int:
    """Count pairs of prefix sums with P[r] - P[l-1] == k."""
    seen = defaultdict(int)
    seen[0] = 1
    s = total = 0
    for x in nums:
        s += x
        total += seen.get(s - k, 0)
        seen[s] += 1
    return total


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))
    print(count_subarrays(nums, k))


main()
