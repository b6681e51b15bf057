# Wrong: only looks at the next few days (a "window" shortcut) instead of the whole future.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    t = [int(x) for x in data[1:1 + n]]
    ans = []
    for i in range(n):
        d = 0
        for j in range(i + 1, min(n, i + 31)):
            if t[j] > t[i]:
                d = j - i
                break
        ans.append(d)
    print(" ".join(map(str, ans)))


main()
