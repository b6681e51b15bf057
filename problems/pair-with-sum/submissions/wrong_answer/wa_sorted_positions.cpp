// Wrong: sorts the amounts and runs two pointers, but prints positions in the
// sorted order instead of the original ledger positions.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long t;
    scanf("%d %lld", &n, &t);
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    sort(a.begin(), a.end());
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        long long s = a[lo] + a[hi];
        if (s == t) {
            printf("%d %d\n", lo + 1, hi + 1);
            return 0;
        }
        if (s < t) lo++; else hi--;
    }
    printf("-1\n");
}
