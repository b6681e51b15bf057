"""Writes the large hidden tests of course-order into ../data/secret."""
import os
import random
from heapq import heapify, heappop, heappush

random.seed(1234567)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")


def solve(n, edges):
    adj = [[] for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    for a, b in edges:
        adj[a].append(b)
        indeg[b] += 1
    heap = [v for v in range(1, n + 1) if indeg[v] == 0]
    heapify(heap)
    order = []
    while heap:
        u = heappop(heap)
        order.append(u)
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                heappush(heap, v)
    return " ".join(map(str, order)) if len(order) == n else "IMPOSSIBLE"


def write(idx, n, edges):
    assert 1 <= n <= 50000 and len(edges) <= 50000
    assert all(1 <= a <= n and 1 <= b <= n and a != b for a, b in edges)
    name = os.path.join(OUT, "large-%02d" % idx)
    with open(name + ".in", "w") as f:
        f.write("%d %d\n" % (n, len(edges)))
        f.write("".join("%d %d\n" % e for e in edges))
    with open(name + ".ans", "w") as f:
        f.write(solve(n, edges) + "\n")


def random_dag(n, m, window=None):
    """Edges that all go forward in a hidden random order of the courses."""
    hidden = list(range(1, n + 1))
    random.shuffle(hidden)
    edges = []
    for _ in range(m):
        i = random.randrange(n - 1)
        hi = n - 1 if window is None else min(n - 1, i + window)
        j = random.randint(i + 1, hi)
        edges.append((hidden[i], hidden[j]))
    return edges


def main():
    n = 50000
    # 1: random prerequisites consistent with a hidden order
    write(1, n, random_dag(n, 50000))
    # 2: one long chain n -> n-1 -> ... -> 1, the only valid order is descending
    n2 = 30000
    write(2, n2, [(v, v - 1) for v in range(n2, 1, -1)])
    # 3: mostly local prerequisites plus a cycle through courses 1..20 hidden among them
    edges = random_dag(n, 49999, window=5)
    hidden_chain = [(v, v + 1) for v in range(1, 20)]
    edges = edges[:49999 - 20] + hidden_chain + [(20, 1)]
    random.shuffle(edges)
    write(3, n, edges)
    # 4: no prerequisites at all
    write(4, n, [])
    # 5: duplicates and short-range structure: many courses ready at the same time
    base = random_dag(n, 25000, window=50)
    write(5, n, base + random.sample(base, 25000))


if __name__ == "__main__":
    main()
