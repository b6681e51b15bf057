# Too slow: restarts str.find one position after every match. Each successful find
# compares the whole pattern again, so it is O(|T| * |P|) when matches are dense.
import sys

text, pattern = sys.stdin.read().split()[:2]
count = 0
i = text.find(pattern)
while i != -1:
    count += 1
    i = text.find(pattern, i + 1)
print(count)
