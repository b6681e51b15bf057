

def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    votes = list(map(int, data[1:1 + n]))
    print(majority_vote(votes))


main()
