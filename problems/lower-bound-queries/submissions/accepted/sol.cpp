#include <bits/stdc++.h>
using namespace std;

// a is sorted in non-decreasing order. Return the smallest index i with a[i] >= x,
// or a.size() if there is none. Called once per query.
int lowerBound(const vector<int>& a, int x) {
    int lo = 0, hi = a.size();  // the answer is in [lo, hi]
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (a[mid] < x) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> a(n);
    for (auto& v : a) cin >> v;
    int q;
    cin >> q;
    string out;
    for (int j = 0; j < q; j++) {
        int x;
        cin >> x;
        out += to_string(lowerBound(a, x));
        out += '\n';
    }
    cout << out;
    return 0;
}
