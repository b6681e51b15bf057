// Wrong: prefix sums kept in 32-bit ints overflow once totals pass 2^31.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    vector<int> pre(n + 1, 0);
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        pre[i + 1] = (int)((unsigned)pre[i] + (unsigned)x);  // wraps around like a plain int sum
    }
    while (q--) {
        int l, r;
        scanf("%d %d", &l, &r);
        printf("%d\n", (int)((unsigned)pre[r] - (unsigned)pre[l - 1]));
    }
}
