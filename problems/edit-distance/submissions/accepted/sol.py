import sys


def main():
    a, b = sys.stdin.read().split()
    m = len(b)
    prev = list(range(m + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] * (m + 1)
        left = i
        for j in range(m):
            if ca == b[j]:
                left = prev[j]
            else:
                diag, up = prev[j], prev[j + 1]
                if up < diag:
                    diag = up
                if left < diag:
                    diag = left
                left = diag + 1
            cur[j + 1] = left
        prev = cur
    print(prev[m])


main()
