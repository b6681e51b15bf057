

def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    groups, largest = anagram_groups(data[1:1 + n])
    print(groups, largest)


main()
