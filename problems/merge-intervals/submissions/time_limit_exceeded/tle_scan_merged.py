# Too slow: without sorting, every new window is compared with every merged interval
# found so far, O(n * m).
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    merged = []
    for i in range(n):
        l, r = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        keep = []
        for a, b in merged:
            if a <= r and l <= b:
                l, r = min(l, a), max(r, b)
            else:
                keep.append((a, b))
        keep.append((l, r))
        merged = keep
    merged.sort()
    print(len(merged))
    print("\n".join(f"{l} {r}" for l, r in merged))


main()
