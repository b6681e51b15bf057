# Wrong: assumes every count in an encoding is a single digit, so "y10" is read as
# one "y" followed by a pair starting with "0".
import sys


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        op, arg = data[1 + 2 * i], data[2 + 2 * i]
        if op == "E":
            parts, j = [], 0
            while j < len(arg):
                k = j
                while k < len(arg) and arg[k] == arg[j]:
                    k += 1
                parts.append(arg[j] + str(k - j))
                j = k
            out.append("".join(parts))
        else:
            out.append("".join(arg[j] * int(arg[j + 1]) for j in range(0, len(arg) - 1, 2)))
    print("\n".join(out))


main()
