
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long target;
    if (!(cin >> n >> target)) return 0;
    vector<int> nums(n);
    for (auto& x : nums) cin >> x;
    vector<int> res = Solution().pairWithSum(nums, target);
    if (res.size() == 2)
        cout << res[0] << ' ' << res[1] << '\n';
    else
        cout << -1 << '\n';
    return 0;
}
