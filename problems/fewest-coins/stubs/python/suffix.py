

def _main():
    data = sys.stdin.buffer.read().split()
    n, amount = int(data[0]), int(data[1])
    coins = [int(x) for x in data[2:2 + n]]
    print(Solution().fewestCoins(coins, amount))


_main()
