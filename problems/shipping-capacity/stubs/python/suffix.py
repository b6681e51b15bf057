

# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, days = int(data[0]), int(data[1])
    weights = [int(x) for x in data[2:2 + n]]
    print(min_capacity(weights, days))


main()
