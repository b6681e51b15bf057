

def main() -> None:
    s = sys.stdin.readline().strip()
    length, start = longest_unique_window(s)
    print(length, start)


main()
