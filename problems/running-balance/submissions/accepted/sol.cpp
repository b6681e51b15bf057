#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    // Prefix sums: pre[i] = changes[0] + ... + changes[i-1].
    vector<long long> rangeSums(vector<int>& changes, vector<pair<int, int>>& queries) {
        vector<long long> pre(changes.size() + 1, 0);
        for (size_t i = 0; i < changes.size(); i++) pre[i + 1] = pre[i] + changes[i];
        vector<long long> res;
        res.reserve(queries.size());
        for (auto [l, r] : queries) res.push_back(pre[r] - pre[l - 1]);
        return res;
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    if (!(cin >> n >> q)) return 0;
    vector<int> changes(n);
    for (auto& x : changes) cin >> x;
    vector<pair<int, int>> queries(q);
    for (auto& [l, r] : queries) cin >> l >> r;
    vector<long long> res = Solution().rangeSums(changes, queries);
    string out;
    for (long long s : res) {
        out += to_string(s);
        out += '\n';
    }
    cout << out;
    return 0;
}
