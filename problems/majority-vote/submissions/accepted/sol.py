import sys
from collections import Counter, defaultdict, deque
from typing import Dict, List, Optional, Tuple

def majority_vote(votes: List[int]) -> int:
    """Boyer-Moore voting: pair off different ballots, then verify the survivor."""
    candidate, count = -1, 0
    for v in votes:
        if count == 0:
            candidate = v
        count += 1 if v == candidate else -1
    return candidate if 2 * votes.count(candidate) > len(votes) else -1


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    votes = list(map(int, data[1:1 + n]))
    print(majority_vote(votes))


main()
