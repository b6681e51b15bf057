#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    // Sliding window: keep the sum of the last k values (64-bit), remember the best sum.
    double bestAverage(vector<int>& nums, int k) {
        long long s = accumulate(nums.begin(), nums.begin() + k, 0LL);
        long long best = s;
        for (int i = k; i < (int)nums.size(); i++) {
            s += nums[i] - (long long)nums[i - k];
            best = max(best, s);
        }
        return (double)best / k;
    }
};

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
