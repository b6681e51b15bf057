#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    // Count pairs of prefix sums with P[r] - P[l-1] == k.
    long long countSubarrays(vector<int>& nums, long long k) {
        unordered_map<long long, long long> seen;
        seen.reserve(nums.size() * 2 + 2);
        seen[0] = 1;
        long long s = 0, total = 0;
        for (int x : nums) {
            s += x;
            auto it = seen.find(s - k);
            if (it != seen.end()) total += it->second;
            seen[s]++;
        }
        return total;
    }
};

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
