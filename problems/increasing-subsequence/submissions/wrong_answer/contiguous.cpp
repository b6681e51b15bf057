// Longest strictly increasing contiguous run: a subsequence may skip elements.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    long long prev = 0;
    int run = 0, best = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        run = (i > 0 && x > prev) ? run + 1 : 1;
        best = max(best, run);
        prev = x;
    }
    printf("%d\n", best);
}
