
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    vector<pair<int, int>> intervals(n);
    for (auto& [l, r] : intervals) cin >> l >> r;
    vector<pair<int, int>> merged = Solution().mergeIntervals(intervals);
    string out = to_string(merged.size()) + "\n";
    for (auto [l, r] : merged) {
        out += to_string(l);
        out += ' ';
        out += to_string(r);
        out += '\n';
    }
    cout << out;
    return 0;
}
