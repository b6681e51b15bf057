#!/usr/bin/env python3
"""Output validator for pair-with-sum (Kattis convention).

Usage: validate.py input_file answer_file feedback_dir < team_output
Exit 42 = accepted, 43 = wrong answer, anything else = judge error.

The answer file holds one valid pair "i j", or "-1" when no pair exists.
Any pair 1 <= i < j <= n with a_i + a_j = t is accepted; "-1" is accepted
only when the judge has no pair either. Anything else is rejected.
"""
import os
import re
import sys

INT = re.compile(rb"-?(0|[1-9][0-9]*)\Z")


def finish(code, msg, feedback_dir):
    try:
        with open(os.path.join(feedback_dir, "judgemessage.txt"), "w") as f:
            f.write(msg + "\n")
    except OSError:
        pass
    sys.exit(code)


def main():
    if len(sys.argv) < 4:
        print("usage: validate.py input_file answer_file feedback_dir < team_output", file=sys.stderr)
        sys.exit(1)
    input_file, answer_file, feedback_dir = sys.argv[1:4]

    with open(input_file, "rb") as f:
        data = f.read().split()
    n, t = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]

    def valid_pair(i, j):
        return 1 <= i < j <= n and a[i - 1] + a[j - 1] == t

    with open(answer_file, "rb") as f:
        judge = [int(x) for x in f.read().split()]
    judge_has_pair = judge != [-1]
    if judge_has_pair and not (len(judge) == 2 and valid_pair(*judge)):
        print("judge error: the answer file does not hold a valid pair", file=sys.stderr)
        sys.exit(1)

    team = sys.stdin.buffer.read().split()
    if not team:
        finish(43, "empty output", feedback_dir)
    if len(team) > 2:
        finish(43, f"expected at most 2 tokens, got {len(team)}", feedback_dir)
    for tok in team:
        if not INT.match(tok):
            finish(43, f"not an integer: {tok[:30]!r}", feedback_dir)
    vals = [int(x) for x in team]

    if len(vals) == 1:
        if vals[0] != -1:
            finish(43, f"a single token must be -1, got {vals[0]}", feedback_dir)
        if judge_has_pair:
            finish(43, "printed -1 but a pair exists", feedback_dir)
        finish(42, "correct: no pair", feedback_dir)

    i, j = vals
    if not 1 <= i < j <= n:
        finish(43, f"positions must satisfy 1 <= i < j <= {n}, got {i} {j}", feedback_dir)
    if a[i - 1] + a[j - 1] != t:
        finish(43, f"a_{i} + a_{j} = {a[i - 1] + a[j - 1]}, not {t}", feedback_dir)
    if not judge_has_pair:
        print("judge error: team found a valid pair but the answer file says -1", file=sys.stderr)
        sys.exit(1)
    finish(42, "correct pair", feedback_dir)


if __name__ == "__main__":
    main()
