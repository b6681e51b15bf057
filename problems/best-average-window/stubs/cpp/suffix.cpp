
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    if (!(cin >> n >> k)) return 0;
    vector<int> nums(n);
    for (auto& x : nums) cin >> x;
    cout << fixed << setprecision(6) << Solution().bestAverage(nums, k) << '\n';
    return 0;
}
