# Wrong: Boyer-Moore voting without the final check, so when nobody has a majority it
# still prints whichever candidate survived the pairing.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    candidate, count = -1, 0
    for tok in data[1:1 + n]:
        v = int(tok)
        if count == 0:
            candidate = v
        count += 1 if v == candidate else -1
    print(candidate if count > 0 else -1)


main()
