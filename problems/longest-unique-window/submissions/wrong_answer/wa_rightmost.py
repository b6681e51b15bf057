# Wrong: uses >= when comparing lengths, so it reports the last longest window
# instead of the first one.
import sys


def main():
    s = sys.stdin.readline().strip()
    last = {}
    left = best = best_start = 0
    for right, c in enumerate(s):
        p = last.get(c, -1)
        if p >= left:
            left = p + 1
        last[c] = right
        if right - left + 1 >= best:
            best, best_start = right - left + 1, left
    print(best, best_start + 1)


main()
