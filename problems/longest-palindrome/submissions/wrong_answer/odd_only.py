# Wrong: expands only around single characters, so even-length palindromes such as
# "abba" are never found.
import sys


def main():
    s = sys.stdin.read().split()[0]
    n = len(s)
    best_len, best_start = 0, 0
    for c in range(n):
        l = r = c
        while l >= 0 and r < n and s[l] == s[r]:
            l -= 1
            r += 1
        if r - l - 1 > best_len:
            best_len, best_start = r - l - 1, l + 1
    print(best_len)
    print(s[best_start:best_start + best_len])


main()
