

# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(v) for v in data[1:1 + n]]
    q = int(data[1 + n])
    out = [str(lower_bound(a, int(x))) for x in data[2 + n:2 + n + q]]
    sys.stdout.write("\n".join(out) + "\n")


main()
