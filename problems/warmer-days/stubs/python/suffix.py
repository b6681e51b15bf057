

# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    temps = [int(x) for x in data[1:1 + n]]
    print(" ".join(map(str, days_until_warmer(temps))))


main()
