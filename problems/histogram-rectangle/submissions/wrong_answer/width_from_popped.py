# Wrong: when a bar is popped its rectangle is taken to start at the bar itself
# (width = i - j) instead of right after the previous smaller bar, so rectangles that
# extend to the left over taller, already popped bars are missed.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = [int(x) for x in data[1:1 + n]] + [0]
    best = 0
    stack = []
    for i, x in enumerate(h):
        while stack and h[stack[-1]] >= x:
            j = stack.pop()
            best = max(best, h[j] * (i - j))
        stack.append(i)
    print(best)


main()
