// Wrong: pops while the earlier day is colder OR EQUALLY warm, so a day with the same
// temperature is treated as "warmer".
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> t(n), ans(n, 0), st;
    for (auto& x : t) cin >> x;
    for (int i = 0; i < n; i++) {
        while (!st.empty() && t[st.back()] <= t[i]) {
            ans[st.back()] = i - st.back();
            st.pop_back();
        }
        st.push_back(i);
    }
    for (int i = 0; i < n; i++) cout << ans[i] << (i + 1 < n ? ' ' : '\n');
}
