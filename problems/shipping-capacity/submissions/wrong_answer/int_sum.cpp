// Wrong: the binary search is right, but the total weight (the upper end of the search
// range) and the running load are kept in 32-bit ints, which overflow for heavy cargo.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, d;
    cin >> n >> d;
    vector<int> w(n);
    for (auto& x : w) cin >> x;
    int lo = 0, hi = 0;
    for (int x : w) {
        lo = max(lo, x);
        hi = (int)((unsigned)hi + (unsigned)x);  // wraps around like a 32-bit int
    }
    if (hi < lo) hi = lo;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        int t = 1, load = 0;
        for (int x : w) {
            if (load + x > mid) {
                t++;
                load = 0;
            }
            load += x;
        }
        if (t <= d) hi = mid;
        else lo = mid + 1;
    }
    cout << lo << '\n';
}
