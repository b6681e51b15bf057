# Too slow: tries capacities max(w), max(w)+1, ... one by one, simulating each.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    w = [int(x) for x in data[2:2 + n]]
    cap = max(w)
    while True:
        trips, load = 1, 0
        for x in w:
            if load + x > cap:
                trips += 1
                load = 0
            load += x
        if trips <= d:
            break
        cap += 1
    print(cap)


main()
