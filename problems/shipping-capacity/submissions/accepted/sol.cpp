#include <bits/stdc++.h>
using namespace std;

// weights are the crate weights in loading order. Return the minimum ferry capacity
// that carries all crates within `days` trips.
long long minCapacity(const vector<int>& weights, int days) {
    auto trips = [&](long long cap) {
        int t = 1;
        long long load = 0;
        for (int w : weights) {
            if (load + w > cap) {
                t++;
                load = 0;
            }
            load += w;
        }
        return t;
    };
    long long lo = *max_element(weights.begin(), weights.end());
    long long hi = accumulate(weights.begin(), weights.end(), 0LL);
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        if (trips(mid) <= days) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, days;
    cin >> n >> days;
    vector<int> weights(n);
    for (auto& w : weights) cin >> w;
    cout << minCapacity(weights, days) << '\n';
    return 0;
}
