# Wrong: uses Python's // which rounds toward minus infinity, not toward zero.
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    stack = []
    for t in data[1:1 + n]:
        if t in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b if t == "+" else a - b if t == "-" else a * b if t == "*" else a // b)
        else:
            stack.append(int(t))
    print(stack[0])


main()
