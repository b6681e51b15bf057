# Wrong: forgets that the empty prefix (sum 0) exists, so stretches starting at
# position 1 are never counted.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    seen = {}
    s = count = 0
    for tok in data[2:2 + n]:
        s += int(tok)
        count += seen.get(s - k, 0)
        seen[s] = seen.get(s, 0) + 1
    print(count)


main()
