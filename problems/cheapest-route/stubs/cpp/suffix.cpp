
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    if (!(cin >> n >> m)) return 0;
    vector<vector<int>> edges(m, vector<int>(3));
    for (auto &e : edges) cin >> e[0] >> e[1] >> e[2];
    Solution solution;
    vector<long long> dist = solution.cheapestRoutes(n, edges);
    string out;
    for (size_t j = 0; j < dist.size(); j++) {
        if (j) out += ' ';
        out += to_string(dist[j]);
    }
    out += '\n';
    cout << out;
    return 0;
}
