import sys
from typing import List


def evaluate(tokens: List[str]) -> int:
    """tokens is a valid postfix expression: operators "+", "-", "*", "/" or integer
    literals such as "12" or "-7". Return its value (division truncates toward zero,
    unlike Python's //)."""
    stack = []
    for t in tokens:
        if t in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            if t == "+":
                stack.append(a + b)
            elif t == "-":
                stack.append(a - b)
            elif t == "*":
                stack.append(a * b)
            else:
                q = abs(a) // abs(b)
                stack.append(q if (a < 0) == (b < 0) else -q)
        else:
            stack.append(int(t))
    return stack[0]


# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tokens = [x.decode() for x in data[1:1 + n]]
    print(evaluate(tokens))


main()
