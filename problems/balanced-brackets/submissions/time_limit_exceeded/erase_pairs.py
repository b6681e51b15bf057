# Too slow: repeatedly deletes adjacent matching pairs until nothing changes.
# Each pass is linear but a deeply nested string loses only one pair per pass: O(n^2).
import sys


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for s in data[1:1 + t]:
        while True:
            r = s.replace("()", "").replace("[]", "").replace("{}", "")
            if r == s:
                break
            s = r
        out.append("YES" if s == "" else "NO")
    print("\n".join(out))


main()
