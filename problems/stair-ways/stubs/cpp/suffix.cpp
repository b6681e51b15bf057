
int main() {
    int n, k;
    if (!(cin >> n >> k)) return 0;
    Solution solution;
    cout << solution.countWays(n, k) << "\n";
    return 0;
}
