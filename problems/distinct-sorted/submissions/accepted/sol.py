import sys
from collections import Counter, defaultdict, deque
from typing import Dict, List, Optional, Tuple

def remove_duplicates(nums: List[int]) -> int:
    """Two pointers: nums[:k] is the distinct prefix built so far."""
    k = 0
    for x in nums:
        if k == 0 or x != nums[k - 1]:
            nums[k] = x
            k += 1
    return k


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    k = remove_duplicates(nums)
    sys.stdout.write(f"{k}\n{' '.join(map(str, nums[:k]))}\n")


main()
