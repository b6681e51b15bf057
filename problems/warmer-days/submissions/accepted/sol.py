import sys
from typing import List


def days_until_warmer(temps: List[int]) -> List[int]:
    """For every day, the number of days until a strictly warmer day (0 if none)."""
    ans = [0] * len(temps)
    stack = []  # days still waiting for a warmer one, temperatures decreasing
    for i, x in enumerate(temps):
        while stack and temps[stack[-1]] < x:
            j = stack.pop()
            ans[j] = i - j
        stack.append(i)
    return ans


# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    temps = [int(x) for x in data[1:1 + n]]
    print(" ".join(map(str, days_until_warmer(temps))))


main()
