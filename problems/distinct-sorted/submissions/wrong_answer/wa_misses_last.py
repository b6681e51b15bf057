# Wrong: keeps a value when it differs from the next one, so the last value is lost.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    res = [a[i] for i in range(n - 1) if a[i] != a[i + 1]]
    print(len(res))
    print(" ".join(map(str, res)))


main()
