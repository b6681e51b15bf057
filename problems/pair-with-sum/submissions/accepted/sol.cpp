#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    // One pass: remember the first position of every amount seen so far.
    vector<int> pairWithSum(vector<int>& nums, long long target) {
        unordered_map<long long, int> seen;
        seen.reserve(nums.size() * 2);
        for (int j = 0; j < (int)nums.size(); j++) {
            auto it = seen.find(target - nums[j]);
            if (it != seen.end()) return {it->second + 1, j + 1};
            seen.emplace(nums[j], j);
        }
        return {};
    }
};

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
