

# ---- input/output (not part of your solution) ----
def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tokens = [x.decode() for x in data[1:1 + n]]
    print(evaluate(tokens))


main()
