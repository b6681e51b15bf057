# Wrong: divides with floating point, int(a / b), which truncates toward zero but
# loses precision once the values exceed 2^53.
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    stack = []
    for t in data[1:1 + n]:
        if t in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b if t == "+" else a - b if t == "-" else a * b if t == "*" else int(a / b))
        else:
            stack.append(int(t))
    print(stack[0])


main()
