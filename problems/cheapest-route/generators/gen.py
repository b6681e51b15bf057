"""Writes the large hidden tests of cheapest-route into ../data/secret."""
import os
import random
from heapq import heappop, heappush

random.seed(4711)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
MAXW = 10**9


def solve(n, edges):
    adj = [[] for _ in range(n + 1)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [-1] * (n + 1)
    heap = [(0, 1)]
    while heap:
        d, u = heappop(heap)
        if dist[u] != -1:
            continue
        dist[u] = d
        for v, w in adj[u]:
            if dist[v] == -1:
                heappush(heap, (d + w, v))
    return dist[1:]


def write(idx, n, edges):
    assert 1 <= n <= 50000 and len(edges) <= 50000
    assert all(1 <= u <= n and 1 <= v <= n and 0 <= w <= MAXW for u, v, w in edges)
    name = os.path.join(OUT, "large-%02d" % idx)
    with open(name + ".in", "w") as f:
        f.write("%d %d\n" % (n, len(edges)))
        f.write("".join("%d %d %d\n" % e for e in edges))
    with open(name + ".ans", "w") as f:
        f.write(" ".join(map(str, solve(n, edges))) + "\n")


def main():
    # 1: maximum number of roads, random (part of the region is unreachable)
    n = 25000
    write(1, n, [(random.randint(1, n), random.randint(1, n), random.randint(0, MAXW)) for _ in range(50000)])

    # 2: a long chain of expensive roads (costs up to about 10^13) plus cheap shortcuts that only go backwards
    n = 12000
    edges = [(i, i + 1, MAXW - random.randint(0, 1000)) for i in range(1, n)]
    for _ in range(12000):
        a = random.randint(2, n)
        edges.append((a, random.randint(1, a - 1), random.randint(0, 10)))
    random.shuffle(edges)
    write(2, n, edges)

    # 3: few towns, many parallel roads: a lot of improvements per town
    n = 2000
    edges = []
    for _ in range(50000):
        u = random.randint(1, n)
        v = random.randint(1, n)
        edges.append((u, v, random.randint(0, 1000)))
    write(3, n, edges)

    # 4: a layered graph where the greedy "first found" route is expensive
    layers, width = 100, 50
    n = layers * width + 1
    edges = []
    for v in range(2, width + 2):
        edges.append((1, v, random.randint(0, MAXW)))
    for layer in range(layers - 1):
        base = 2 + layer * width
        for i in range(width):
            for _ in range(4):
                j = random.randrange(width)
                edges.append((base + i, base + width + j, random.randint(0, MAXW)))
    write(4, n, edges)

    # 5: a star of zero-cost roads out of the depot and roads back into it
    n = 10000
    edges = [(1, v, 0) for v in range(2, n + 1, 2)] + [(v, 1, random.randint(0, MAXW)) for v in range(3, n + 1, 2)]
    random.shuffle(edges)
    write(5, n, edges)


if __name__ == "__main__":
    main()
