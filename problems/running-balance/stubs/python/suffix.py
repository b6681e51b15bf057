

def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    changes = list(map(int, data[2:2 + n]))
    flat = list(map(int, data[2 + n:2 + n + 2 * q]))
    queries = list(zip(flat[0::2], flat[1::2]))
    res = range_sums(changes, queries)
    sys.stdout.write("".join(f"{s}\n" for s in res))


main()
