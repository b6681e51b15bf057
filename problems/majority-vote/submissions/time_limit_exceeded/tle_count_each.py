# Too slow: counts the ballots of every candidate from scratch, O(n^2).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    for x in a:
        if 2 * a.count(x) > n:
            print(x)
            return
    print(-1)


main()
