import sys
from collections import Counter, defaultdict, deque
from typing import Dict, List, Optional, Tuple

def best_average(nums: List[int], k: int) -> float:
    """Sliding window: keep the sum of the last k values, remember the best sum."""
    s = best = sum(nums[:k])
    for i in range(k, len(nums)):
        s += nums[i] - nums[i - k]
        if s > best:
            best = s
    return best / k


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))
    print(f"{best_average(nums, k):.6f}")


main()
