

def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    nums = list(map(int, data[1:1 + n]))
    k = remove_duplicates(nums)
    sys.stdout.write(f"{k}\n{' '.join(map(str, nums[:k]))}\n")


main()
