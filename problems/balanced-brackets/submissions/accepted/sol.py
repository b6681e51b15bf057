import sys
from typing import List


def is_balanced(s: str) -> bool:
    """Return True if s (made of ()[]{} only) is balanced."""
    match = {")": "(", "]": "[", "}": "{"}
    stack = []
    push, pop = stack.append, stack.pop
    for c in s:
        if c in match:
            if not stack or pop() != match[c]:
                return False
        else:
            push(c)
    return not stack


# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = ["YES" if is_balanced(data[1 + i].decode()) else "NO" for i in range(t)]
    sys.stdout.write("\n".join(out) + "\n")


main()
