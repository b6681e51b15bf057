import sys
from typing import List


def count_occurrences(text: str, pattern: str) -> int:
    """Return the number of (possibly overlapping) occurrences of pattern in text."""
    m = len(pattern)
    if m > len(text):
        return 0
    # Knuth-Morris-Pratt failure function: fail[i] = longest proper border of pattern[:i+1]
    fail = [0] * m
    k = 0
    for i in range(1, m):
        c = pattern[i]
        while k and pattern[k] != c:
            k = fail[k - 1]
        if pattern[k] == c:
            k += 1
        fail[i] = k
    found = k = 0
    for c in text:
        while k and pattern[k] != c:
            k = fail[k - 1]
        if pattern[k] == c:
            k += 1
            if k == m:
                found += 1
                k = fail[k - 1]
    return found


# ---- input/output (not part of your solution) ----
def main() -> None:
    text, pattern = sys.stdin.read().split()[:2]
    print(count_occurrences(text, pattern))


main()
