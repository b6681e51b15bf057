# Greedy: always take the largest coin that still fits. Fails e.g. for coins 1 3 4 and amount 6.
import sys

data = sys.stdin.read().split()
n, amount = int(data[0]), int(data[1])
coins = sorted((int(x) for x in data[2:2 + n]), reverse=True)
count = 0
for c in coins:
    count += amount // c
    amount %= c
print(count if amount == 0 else -1)
