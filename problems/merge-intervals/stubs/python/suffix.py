

def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    flat = list(map(int, data[1:1 + 2 * n]))
    intervals = list(zip(flat[0::2], flat[1::2]))
    merged = merge_intervals(intervals)
    sys.stdout.write(f"{len(merged)}\n" + "".join(f"{l} {r}\n" for l, r in merged))


main()
