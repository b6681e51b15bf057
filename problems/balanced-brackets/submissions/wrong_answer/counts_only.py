# Wrong: only checks that each bracket type has as many closers as openers and that
# no prefix closes more than it opened -- ignores the order of different types, so
# "([)]" is accepted.
import sys


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for s in data[1:1 + t]:
        depth = {"(": 0, "[": 0, "{": 0}
        ok = True
        for c in s:
            if c in depth:
                depth[c] += 1
            else:
                k = {")": "(", "]": "[", "}": "{"}[c]
                depth[k] -= 1
                if depth[k] < 0:
                    ok = False
        ok = ok and all(v == 0 for v in depth.values())
        out.append("YES" if ok else "NO")
    print("\n".join(out))


main()
