

# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        op, arg = data[1 + 2 * i], data[2 + 2 * i]
        out.append(encode(arg) if op == "E" else decode(arg))
    sys.stdout.write("\n".join(out) + "\n")


main()
