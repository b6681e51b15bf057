
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    if (!(cin >> n >> m)) return 0;
    vector<string> grid(n);
    for (auto &row : grid) cin >> row;
    Solution solution;
    cout << solution.countIslands(grid) << "\n";
    return 0;
}
