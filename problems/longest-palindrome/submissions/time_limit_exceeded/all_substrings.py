# Too slow: checks every substring character by character, O(n^3).
import sys


def main():
    s = sys.stdin.read().split()[0]
    n = len(s)
    best_len, best_start = 0, 0
    for i in range(n):
        for j in range(i, n):
            a, b = i, j
            while a < b and s[a] == s[b]:
                a += 1
                b -= 1
            if a >= b and j - i + 1 > best_len:
                best_len, best_start = j - i + 1, i
    print(best_len)
    print(s[best_start:best_start + best_len])


main()
