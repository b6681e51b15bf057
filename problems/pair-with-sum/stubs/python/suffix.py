

def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, target = int(data[0]), int(data[1])
    nums = list(map(int, data[2:2 + n]))
    res = pair_with_sum(nums, target)
    print(f"{res[0]} {res[1]}" if len(res) == 2 else -1)


main()
