import sys
from collections import Counter, defaultdict, deque
from typing import Dict, List, Optional, Tuple

def range_sums(changes: List[int], queries: List[Tuple[int, int]]) -> List[int]:
    """Prefix sums: pre[i] = changes[0] + ... + changes[i-1]."""
    pre = [0] * (len(changes) + 1)
    for i, x in enumerate(changes):
        pre[i + 1] = pre[i] + x
    return [pre[r] - pre[l - 1] for l, r in queries]


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    changes = list(map(int, data[2:2 + n]))
    flat = list(map(int, data[2 + n:2 + n + 2 * q]))
    queries = list(zip(flat[0::2], flat[1::2]))
    res = range_sums(changes, queries)
    sys.stdout.write("".join(f"{s}\n" for s in res))


main()
