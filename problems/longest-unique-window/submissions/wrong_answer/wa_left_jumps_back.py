# Wrong: moves the left end to just after the previous occurrence even when that
# occurrence is already outside the window, so the window can grow backwards ("abba").
import sys


def main():
    s = sys.stdin.readline().strip()
    last = {}
    left = best = best_start = 0
    for right, c in enumerate(s):
        if c in last:
            left = last[c] + 1
        last[c] = right
        if right - left + 1 > best:
            best, best_start = right - left + 1, left
    print(best, best_start + 1)


main()
