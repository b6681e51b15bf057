// Wrong: tests "is the left half sorted?" with nums[lo] < nums[mid]. When lo == mid
// the one-element left half is sorted, but the test says no and the search goes the
// wrong way (e.g. nums = [3, 1], target = 1).
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
        int lo = 0, hi = n - 1, ans = -1;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            if (a[mid] == x) { ans = mid; break; }
            if (a[lo] < a[mid]) {
                if (a[lo] <= x && x < a[mid]) hi = mid - 1;
                else lo = mid + 1;
            } else {
                if (a[mid] < x && x <= a[hi]) lo = mid + 1;
                else hi = mid - 1;
            }
        }
        cout << ans << '\n';
    }
}
