
// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, days;
    cin >> n >> days;
    vector<int> weights(n);
    for (auto& w : weights) cin >> w;
    cout << minCapacity(weights, days) << '\n';
    return 0;
}
