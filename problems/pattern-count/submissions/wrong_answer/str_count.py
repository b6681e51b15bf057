# Wrong: str.count counts NON-overlapping occurrences only ("aaaa".count("aa") == 2).
import sys

text, pattern = sys.stdin.read().split()[:2]
print(text.count(pattern))
