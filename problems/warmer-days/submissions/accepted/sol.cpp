#include <bits/stdc++.h>
using namespace std;

// For every day, the number of days until a strictly warmer day (0 if none).
vector<int> daysUntilWarmer(const vector<int>& temps) {
    int n = temps.size();
    vector<int> ans(n, 0), st;  // st: days still waiting, temperatures decreasing
    for (int i = 0; i < n; i++) {
        while (!st.empty() && temps[st.back()] < temps[i]) {
            ans[st.back()] = i - st.back();
            st.pop_back();
        }
        st.push_back(i);
    }
    return ans;
}

// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> temps(n);
    for (auto& x : temps) cin >> x;
    vector<int> ans = daysUntilWarmer(temps);
    string out;
    for (size_t i = 0; i < ans.size(); i++) {
        if (i) out += ' ';
        out += to_string(ans[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
