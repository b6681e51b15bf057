
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, amount;
    if (!(cin >> n >> amount)) return 0;
    vector<int> coins(n);
    for (auto &c : coins) cin >> c;
    Solution solution;
    cout << solution.fewestCoins(coins, amount) << "\n";
    return 0;
}
