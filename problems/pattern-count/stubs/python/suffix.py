

# ---- input/output (not part of your solution) ----
def main() -> None:
    text, pattern = sys.stdin.read().split()[:2]
    print(count_occurrences(text, pattern))


main()
