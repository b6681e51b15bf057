#include <bits/stdc++.h>
using namespace std;

// Return the largest banner area (it may not fit into 32 bits).
long long largestRectangle(const vector<int>& heights) {
    int n = heights.size();
    vector<int> st;  // indices with increasing heights
    long long best = 0;
    for (int i = 0; i <= n; i++) {
        int h = i < n ? heights[i] : 0;
        while (!st.empty() && heights[st.back()] >= h) {
            int j = st.back();
            st.pop_back();
            int left = st.empty() ? 0 : st.back() + 1;
            best = max(best, (long long)heights[j] * (i - left));
        }
        st.push_back(i);
    }
    return best;
}

// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> heights(n);
    for (auto& x : heights) cin >> x;
    cout << largestRectangle(heights) << '\n';
    return 0;
}
