# Wrong: groups words by the set of letters they use, ignoring how often each occurs
# (so "aab" and "abb" end up together).
import sys
from collections import Counter


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    count = Counter(frozenset(w) for w in data[1:1 + n])
    print(len(count), max(count.values()))


main()
