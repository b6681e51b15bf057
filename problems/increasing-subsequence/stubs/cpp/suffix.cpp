
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    vector<int> a(n);
    for (auto &x : a) cin >> x;
    Solution solution;
    cout << solution.longestIncreasing(a) << "\n";
    return 0;
}
