#!/usr/bin/env python3
"""Deterministic generator for the large hidden tests of anagram-groups.
Writes data/secret/large-NN.in/.ans next to this folder."""
import os
import random
import string

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "secret")


def solve(words):
    groups = {}
    for w in words:
        key = "".join(sorted(w))
        groups[key] = groups.get(key, 0) + 1
    return len(groups), max(groups.values())


def write(name, words):
    assert 1 <= len(words) <= 100000 and all(1 <= len(w) <= 10 for w in words)
    with open(os.path.join(OUT, name + ".in"), "w") as f:
        f.write(f"{len(words)}\n" + "".join(w + "\n" for w in words))
    g, m = solve(words)
    with open(os.path.join(OUT, name + ".ans"), "w") as f:
        f.write(f"{g} {m}\n")


def shuffled(rng, w):
    letters = list(w)
    rng.shuffle(letters)
    return "".join(letters)


def rand_word(rng, alphabet, lo, hi):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def main():
    rng = random.Random(31337)
    n = 100000
    az = string.ascii_lowercase

    # 1: random words: nearly every long word is alone, short ones collide.
    write("large-01", [rand_word(rng, az, 1, 10) for _ in range(n)])

    # 2: 2000 base words, each card a random rearrangement of one of them.
    bases = [rand_word(rng, az, 4, 10) for _ in range(2000)]
    write("large-02", [shuffled(rng, rng.choice(bases)) for _ in range(n)])

    # 3: every card is a rearrangement of the same six letters: one group.
    write("large-03", [shuffled(rng, "planet") for _ in range(n)])

    # 4: four letters only: many words share a letter set or a letter-code sum
    #    without being anagrams.
    write("large-04", [rand_word(rng, "abcd", 1, 8) for _ in range(n // 2)])


if __name__ == "__main__":
    main()
