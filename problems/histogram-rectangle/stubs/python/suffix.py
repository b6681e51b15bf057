

# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    heights = [int(x) for x in data[1:1 + n]]
    print(largest_rectangle(heights))


main()
