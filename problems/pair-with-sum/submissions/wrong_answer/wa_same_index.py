# Wrong: the lookup table holds every amount, including the current entry itself,
# so an amount equal to t/2 may be "paired" with itself (prints "i i").
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, t = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    pos = {x: i for i, x in enumerate(a)}
    for i, x in enumerate(a):
        j = pos.get(t - x)
        if j is not None:
            print(min(i, j) + 1, max(i, j) + 1)
            return
    print(-1)


main()
