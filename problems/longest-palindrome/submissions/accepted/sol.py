import sys
from typing import List


def longest_palindrome(s: str) -> str:
    """Return the leftmost longest palindromic substring of s."""
    # Manacher's algorithm on s with separators: O(n).
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    center = right = 0
    for i in range(1, len(t) - 1):
        if i < right:
            p[i] = min(right - i, p[2 * center - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > right:
            center, right = i, i + p[i]
    best_len, best_start = 0, 0
    for i in range(1, len(t) - 1):
        length = p[i]  # length of the palindrome in s centered here
        start = (i - length) // 2
        if length > best_len or (length == best_len and start < best_start):
            best_len, best_start = length, start
    return s[best_start:best_start + best_len]


# ---- input/output (not part of your solution) ----
def main() -> None:
    s = sys.stdin.read().split()[0]
    p = longest_palindrome(s)
    print(len(p))
    print(p)


main()
