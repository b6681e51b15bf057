#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of postfix-calculator."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
LIMIT = 10 ** 18


def tdiv(a, b):
    """Integer division truncating toward zero."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    return tdiv(a, b)


def evaluate(tokens):
    stack = []
    for tok in tokens:
        if tok in ("+", "-", "*", "/"):
            b = stack.pop()
            a = stack.pop()
            v = apply(tok, a, b)
            assert abs(v) <= LIMIT
            stack.append(v)
        else:
            stack.append(int(tok))
    assert len(stack) == 1
    return stack[0]


def solve(text):
    tok = text.split()
    n = int(tok[0])
    return "%d\n" % evaluate(tok[1:1 + n])


def make(literals, push_prob, literal, weights):
    """Random valid expression with `literals` literals; every value stays in range."""
    tokens, stack = [], []
    left = literals
    ops = list(weights)
    while left > 0 or len(stack) > 1:
        if left > 0 and (len(stack) < 2 or random.random() < push_prob):
            v = literal()
            tokens.append(str(v))
            stack.append(v)
            left -= 1
            continue
        a, b = stack[-2], stack[-1]
        valid = [op for op in ops if not (op == "/" and b == 0) and abs(apply(op, a, b)) <= LIMIT]
        op = random.choices(valid, [weights[o] for o in valid])[0]
        stack.pop()
        stack[-1] = apply(op, a, b)
        tokens.append(op)
    return tokens


def write(name, tokens):
    text = "%d\n%s\n" % (len(tokens), " ".join(tokens))
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(solve(text))


def main():
    random.seed(314159)
    small = lambda: random.randint(-100, 100)
    big = lambda: random.choice([-1, 1]) * random.randint(10 ** 8, 10 ** 9)
    mixed = lambda: random.choice([small, big])()
    # maximum size, small literals, all operators
    write("large-01", make(100000, 0.5, small, {"+": 3, "-": 3, "*": 2, "/": 2}))
    # very deep stack: all literals first, then all operators
    write("large-02", make(100000, 1.0, small, {"+": 4, "-": 4, "*": 1, "/": 1}))
    # left-deep chain (stack depth at most 2) with big literals: 64-bit products
    write("large-03", make(50000, 0.0, big, {"+": 2, "-": 2, "*": 3, "/": 3}))
    # lots of divisions of negative values (truncation toward zero matters)
    neg = lambda: -random.randint(1, 1000) if random.random() < 0.7 else random.randint(1, 1000)
    write("large-04", make(60000, 0.4, neg, {"+": 1, "-": 1, "*": 3, "/": 5}))
    # mixed sizes, medium depth
    write("large-05", make(80000, 0.6, mixed, {"+": 2, "-": 2, "*": 2, "/": 2}))
    # a product chain that climbs to about 10^18, then is divided back down
    tokens = ["1"]
    v = 1
    while v * 999999937 <= LIMIT:
        tokens += ["999999937", "*"]
        v *= 999999937
    tokens += ["-3", "/", "7", "-", "2", "/"]
    write("large-06", tokens)


if __name__ == "__main__":
    main()
