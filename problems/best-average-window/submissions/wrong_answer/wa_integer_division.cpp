// Wrong: divides the best sum by k in integer arithmetic, losing the fractional part.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<long long> a(n);
    for (auto& x : a) scanf("%lld", &x);
    long long s = 0;
    for (int i = 0; i < k; i++) s += a[i];
    long long best = s;
    for (int i = k; i < n; i++) {
        s += a[i] - a[i - k];
        best = max(best, s);
    }
    printf("%.6f\n", (double)(best / k));
}
