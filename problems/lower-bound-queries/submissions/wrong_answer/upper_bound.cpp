// Wrong: finds the first element strictly greater than x (upper bound), which differs
// whenever x occurs in the array.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n;
    vector<int> a(n);
    for (auto& v : a) cin >> v;
    cin >> q;
    while (q--) {
        int x;
        cin >> x;
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (a[mid] <= x) lo = mid + 1;
            else hi = mid;
        }
        cout << lo << '\n';
    }
}
