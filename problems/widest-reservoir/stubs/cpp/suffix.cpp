
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    vector<int> heights(n);
    for (auto& x : heights) cin >> x;
    cout << Solution().maxWater(heights) << '\n';
    return 0;
}
