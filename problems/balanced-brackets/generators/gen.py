#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of balanced-brackets."""
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")
PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(s):
    stack = []
    for c in s:
        if c in PAIRS:
            if not stack or stack.pop() != PAIRS[c]:
                return False
        else:
            stack.append(c)
    return not stack


def solve(text):
    tokens = text.split()
    t = int(tokens[0])
    return "".join("YES\n" if balanced(s) else "NO\n" for s in tokens[1:1 + t])


def random_balanced(length):
    """A uniformly shaped random balanced string of even length."""
    out, stack = [], []
    for i in range(length):
        remaining = length - i
        if stack and (remaining == len(stack) or random.random() < 0.5):
            out.append({"(": ")", "[": "]", "{": "}"}[stack.pop()])
        else:
            c = random.choice("([{")
            stack.append(c)
            out.append(c)
    return "".join(out)


def corrupt(s):
    """Change one character so that the string is (almost always) unbalanced."""
    i = random.randrange(len(s))
    c = random.choice([x for x in "()[]{}" if x != s[i]])
    return s[:i] + c + s[i + 1:]


def nested(depth):
    opens = "".join(random.choice("([{") for _ in range(depth))
    closes = "".join({"(": ")", "[": "]", "{": "}"}[c] for c in reversed(opens))
    return opens + closes


def write(name, strings):
    text = "%d\n%s\n" % (len(strings), "\n".join(strings))
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(text)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(solve(text))


def main():
    random.seed(20240611)
    # one very deep balanced string (total length limit)
    write("large-01", [nested(250000)])
    # deep nesting with a single wrong bracket type right in the middle
    s = nested(100000)
    s = s[:100000] + {")": "]", "]": "}", "}": ")"}[s[100000]] + s[100001:]
    write("large-02", [s])
    # many short strings, about half of them balanced
    strings = []
    total = 0
    while len(strings) < 100000:
        n = random.choice([1, 2, 2, 3, 4, 4, 6, 8])
        if n % 2 == 0 and random.random() < 0.6:
            s = random_balanced(n)
        else:
            s = "".join(random.choice("()[]{}") for _ in range(n))
        strings.append(s)
        total += n
    write("large-03", strings)
    # medium strings: balanced, corrupted, unclosed, with an extra closer
    strings = []
    for i in range(60):
        s = random_balanced(2 * random.randint(1000, 2000))
        kind = i % 4
        if kind == 1:
            s = corrupt(s)
        elif kind == 2:
            s = s + random.choice("([{")
        elif kind == 3:
            k = random.randrange(len(s) + 1)
            s = s[:k] + random.choice(")]}") + s[k:]
        strings.append(s)
    write("large-04", strings)
    # concatenation of many balanced blocks, every stack empties often
    strings = [random_balanced(2 * random.randint(1, 50)) * 1 for _ in range(3000)]
    write("large-05", ["".join(strings[:1500]), "".join(strings[1500:]) + ")"])


if __name__ == "__main__":
    main()
