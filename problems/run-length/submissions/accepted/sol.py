import sys
from typing import List


def encode(s: str) -> str:
    """Return the run-length encoding of s, e.g. "aaabcc" -> "a3b1c2"."""
    parts = []
    i, n = 0, len(s)
    while i < n:
        j = i
        while j < n and s[j] == s[i]:
            j += 1
        parts.append(s[i] + str(j - i))
        i = j
    return "".join(parts)


def decode(e: str) -> str:
    """Return the string described by the encoding e, e.g. "x2y10" -> "xxyyyyyyyyyy"."""
    parts = []
    i, n = 0, len(e)
    while i < n:
        c = e[i]
        j = i + 1
        while j < n and e[j].isdigit():
            j += 1
        parts.append(c * int(e[i + 1:j]))
        i = j
    return "".join(parts)


# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        op, arg = data[1 + 2 * i], data[2 + 2 * i]
        out.append(encode(arg) if op == "E" else decode(arg))
    sys.stdout.write("\n".join(out) + "\n")


main()
