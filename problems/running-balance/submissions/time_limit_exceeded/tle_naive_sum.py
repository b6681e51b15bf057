# Too slow: adds up every range from scratch, O(n) per question.
import sys
data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
out = []
p = 2 + n
for k in range(q):
    l, r = int(data[p + 2 * k]), int(data[p + 2 * k + 1])
    out.append(sum(a[l - 1:r]))
print("\n".join(map(str, out)))
