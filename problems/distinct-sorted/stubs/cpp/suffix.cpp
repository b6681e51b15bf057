
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    vector<int> nums(n);
    for (auto& x : nums) cin >> x;
    int k = Solution().removeDuplicates(nums);
    string out = to_string(k) + "\n";
    for (int i = 0; i < k; i++) {
        if (i) out += ' ';
        out += to_string(nums[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
