import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    w = m + 2
    # Flattened grid with a border of water; 1 = unvisited land.
    land = bytearray(w * (n + 2))
    for i in range(n):
        row = data[2 + i]
        base = (i + 1) * w + 1
        land[base:base + m] = row.replace(b".", b"\x00").replace(b"#", b"\x01")
    islands = 0
    find = land.find
    start = find(1)
    while start != -1:
        islands += 1
        land[start] = 0
        stack = [start]
        pop, push = stack.pop, stack.append
        while stack:
            c = pop()
            for d in (c - 1, c + 1, c - w, c + w):
                if land[d]:
                    land[d] = 0
                    push(d)
        start = find(1, start)
    print(islands)


main()
