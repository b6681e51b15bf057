import sys
from typing import List


def largest_rectangle(heights: List[int]) -> int:
    """Return the largest banner area."""
    h = heights + [0]  # a sentinel flushes the stack at the end
    best = 0
    stack = [-1]  # indices with increasing heights; -1 marks the left wall
    for i, x in enumerate(h):
        while len(stack) > 1 and h[stack[-1]] >= x:
            height = h[stack.pop()]
            area = height * (i - stack[-1] - 1)
            if area > best:
                best = area
        stack.append(i)
    return best


# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heights = [int(x) for x in data[1:1 + n]]
    print(largest_rectangle(heights))


main()
