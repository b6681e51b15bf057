

# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = ["YES" if is_balanced(data[1 + i].decode()) else "NO" for i in range(t)]
    sys.stdout.write("\n".join(out) + "\n")


main()
