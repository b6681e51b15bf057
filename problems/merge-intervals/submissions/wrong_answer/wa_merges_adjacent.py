# Wrong: treats the times as whole minutes and also merges [1, 3] with [4, 8], although
# the time between 3 and 4 is not covered.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    flat = list(map(int, data[1:1 + 2 * n]))
    merged = []
    for l, r in sorted(zip(flat[0::2], flat[1::2])):
        if merged and l <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], r)
        else:
            merged.append([l, r])
    print(len(merged))
    print("\n".join(f"{l} {r}" for l, r in merged))


main()
