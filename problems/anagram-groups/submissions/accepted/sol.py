import sys
from collections import Counter, defaultdict, deque
from typing import Dict, List, Optional, Tuple

def anagram_groups(words: List[str]) -> Tuple[int, int]:
    """Key of a word: its letters in sorted order."""
    count = Counter("".join(sorted(w)) for w in words)
    return len(count), max(count.values())


def main() -> None:
    data = sys.stdin.read().split()
    n = int(data[0])
    groups, largest = anagram_groups(data[1:1 + n])
    print(groups, largest)


main()
