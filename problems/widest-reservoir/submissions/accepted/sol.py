import sys
from collections import Counter, defaultdict, deque
from typing import Dict, List, Optional, Tuple

def max_water(heights: List[int]) -> int:
    """Two pointers: the lower of the two end walls can never do better with a closer partner."""
    i, j = 0, len(heights) - 1
    best = 0
    while i < j:
        hi, hj = heights[i], heights[j]
        if hi < hj:
            area = (j - i) * hi
            i += 1
        else:
            area = (j - i) * hj
            j -= 1
        if area > best:
            best = area
    return best


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heights = list(map(int, data[1:1 + n]))
    print(max_water(heights))


main()
