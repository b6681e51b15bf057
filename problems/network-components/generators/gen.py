"""Writes the large hidden tests of network-components into ../data/secret."""
import os
import random

random.seed(246810)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")


def solve(n, ops):
    parent = list(range(n + 1))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    components = n
    out = []
    for op, a, b in ops:
        ra, rb = find(a), find(b)
        if op == "union":
            if ra != rb:
                parent[ra] = rb
                components -= 1
        else:
            out.append("YES" if ra == rb else "NO")
    out.append(str(components))
    return "\n".join(out) + "\n"


def write(idx, n, ops):
    assert 1 <= n <= 100000 and 1 <= len(ops) <= 50000
    assert all(op in ("union", "query") and 1 <= a <= n and 1 <= b <= n for op, a, b in ops)
    name = os.path.join(OUT, "large-%02d" % idx)
    with open(name + ".in", "w") as f:
        f.write("%d %d\n" % (n, len(ops)))
        f.write("".join("%s %d %d\n" % op for op in ops))
    with open(name + ".ans", "w") as f:
        f.write(solve(n, ops))


def rand_ops(n, q, p_union):
    return [("union" if random.random() < p_union else "query", random.randint(1, n), random.randint(1, n))
            for _ in range(q)]


def main():
    # 1: maximum size; cables between nearby numbers among the first 10000 computers
    n = 100000
    ops = []
    for _ in range(50000):
        a = random.randint(1, 10000)
        if random.random() < 0.6:
            ops.append(("union", a, min(n, a + random.randint(1, 6))))
        elif random.random() < 0.5:
            ops.append(("query", a, min(n, a + random.randint(0, 60))))
        else:
            ops.append(("query", a, random.randint(1, n)))
    write(1, n, ops)
    # 2: few computers, lots of redundant cables
    write(2, 1000, rand_ops(1000, 30000, 0.3))
    # 3: a long chain built in order, then queries between far ends of it
    n = 100000
    ops = [("union", i, i + 1) for i in range(1, 25001)]
    ops += [("query", random.randint(1, 100), random.randint(24900, 26000)) for _ in range(20000)]
    ops += [("union", random.randint(1, n), random.randint(1, n)) for _ in range(5000)]
    write(3, n, ops)
    # 4: only queries
    write(4, 100000, [("query", random.randint(1, 100000), random.randint(1, 100000)) for _ in range(25000)])
    # 5: everything ends up in one network
    n = 20000
    perm = list(range(1, n + 1))
    random.shuffle(perm)
    ops = [("union", perm[i], perm[random.randrange(i)]) for i in range(1, n)]
    ops += rand_ops(n, 10000, 0.0)
    write(5, n, ops)


if __name__ == "__main__":
    main()
