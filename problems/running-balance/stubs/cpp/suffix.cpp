
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
