# Wrong: assumes the total weight can always be split evenly, answering
# max(heaviest crate, ceil(total / d)). The fixed order makes that impossible in general.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, d = int(data[0]), int(data[1])
    w = [int(x) for x in data[2:2 + n]]
    print(max(max(w), (sum(w) + d - 1) // d))


main()
