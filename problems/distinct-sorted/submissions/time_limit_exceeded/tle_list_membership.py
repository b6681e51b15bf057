# Too slow: checks membership in a growing list, O(n * k).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    res = []
    for tok in data[1:1 + n]:
        x = int(tok)
        if x not in res:
            res.append(x)
    print(len(res))
    print(" ".join(map(str, res)))


main()
