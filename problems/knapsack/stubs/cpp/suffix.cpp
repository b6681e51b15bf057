
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, capacity;
    if (!(cin >> n >> capacity)) return 0;
    vector<int> weights(n);
    vector<long long> values(n);
    for (int i = 0; i < n; i++) cin >> weights[i] >> values[i];
    Solution solution;
    cout << solution.maxValue(capacity, weights, values) << "\n";
    return 0;
}
