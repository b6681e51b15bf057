# Wrong: pre[r] - pre[l] leaves out day l itself.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    pre = [0]
    for x in data[2:2 + n]:
        pre.append(pre[-1] + int(x))
    out = []
    p = 2 + n
    for k in range(q):
        l, r = int(data[p + 2 * k]), int(data[p + 2 * k + 1])
        out.append(pre[r] - pre[l])
    print("\n".join(map(str, out)))


main()
