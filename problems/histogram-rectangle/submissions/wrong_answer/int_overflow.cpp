// Wrong: correct stack algorithm, but the area is computed in 32-bit int and overflows
// once it exceeds 2^31 - 1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> h(n);
    for (auto& x : h) cin >> x;
    vector<int> st;
    int best = 0;
    for (int i = 0; i <= n; i++) {
        int cur = i < n ? h[i] : 0;
        while (!st.empty() && h[st.back()] >= cur) {
            int j = st.back();
            st.pop_back();
            int left = st.empty() ? 0 : st.back() + 1;
            int area = (int)((unsigned)h[j] * (unsigned)(i - left));  // wraps around like int
            best = max(best, area);
        }
        st.push_back(i);
    }
    cout << best << '\n';
}
