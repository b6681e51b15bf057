class Solution {
public:
    // Return {i, j}: 1-based positions with i < j and nums[i-1] + nums[j-1] == target,
    // or an empty vector if there is no such pair.
    vector<int> pairWithSum(vector<int>& nums, long long target) {
        return {};
    }
};
