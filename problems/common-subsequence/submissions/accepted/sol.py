import sys


def main():
    a, b = sys.stdin.read().split()
    if len(b) > len(a):
        a, b = b, a
    m = len(b)
    prev = [0] * (m + 1)
    for ca in a:
        cur = [0] * (m + 1)
        left = 0
        for j in range(m):
            if ca == b[j]:
                left = prev[j] + 1
            else:
                up = prev[j + 1]
                if up > left:
                    left = up
            cur[j + 1] = left
        prev = cur
    print(prev[m])


main()
