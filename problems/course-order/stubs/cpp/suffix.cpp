
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    if (!(cin >> n >> m)) return 0;
    vector<vector<int>> prereq(m, vector<int>(2));
    for (auto &p : prereq) cin >> p[0] >> p[1];
    Solution solution;
    vector<int> order = solution.courseOrder(n, prereq);
    if (order.empty()) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    string out;
    for (size_t i = 0; i < order.size(); i++) {
        if (i) out += ' ';
        out += to_string(order[i]);
    }
    cout << out << "\n";
    return 0;
}
