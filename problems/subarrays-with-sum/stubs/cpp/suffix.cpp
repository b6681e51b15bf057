
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    long long k;
    if (!(cin >> n >> k)) return 0;
    vector<int> nums(n);
    for (auto& x : nums) cin >> x;
    cout << Solution().countSubarrays(nums, k) << '\n';
    return 0;
}
