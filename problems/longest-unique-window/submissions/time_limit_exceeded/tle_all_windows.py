# Too slow: checks every window s[i:j] straight from the definition, O(n^2) windows.
import sys


def main():
    s = sys.stdin.readline().strip()
    n = len(s)
    best, best_start = 0, 0
    for i in range(n):
        for j in range(i + 1, n + 1):
            if j - i > best and len(set(s[i:j])) == j - i:
                best, best_start = j - i, i
    print(best, best_start + 1)


main()
