// Wrong: correct two-pointer idea, but the area is computed in 32-bit arithmetic.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> h(n);
    for (auto& x : h) scanf("%d", &x);
    int i = 0, j = n - 1;
    long long best = 0;
    while (i < j) {
        int area = (int)((unsigned)(j - i) * (unsigned)min(h[i], h[j]));  // wraps like int
        best = max(best, (long long)area);
        if (h[i] < h[j]) i++;
        else j--;
    }
    printf("%lld\n", best);
}
