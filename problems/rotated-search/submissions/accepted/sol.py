import sys
from typing import List


def search(nums: List[int], target: int) -> int:
    """nums is a rotated strictly increasing array. Return the index of target, or -1
    if it does not occur. Called once per query."""
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        v = nums[mid]
        if v == target:
            return mid
        if nums[lo] <= v:  # nums[lo..mid] is sorted
            if nums[lo] <= target < v:
                hi = mid - 1
            else:
                lo = mid + 1
        else:  # nums[mid..hi] is sorted
            if v < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1


# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = [int(v) for v in data[1:1 + n]]
    q = int(data[1 + n])
    out = [str(search(nums, int(x))) for x in data[2 + n:2 + n + q]]
    sys.stdout.write("\n".join(out) + "\n")


main()
