class Solution {
public:
    // Return how many stretches nums[l..r] (l <= r) have a sum of exactly k.
    long long countSubarrays(vector<int>& nums, long long k) {
        return 0;
    }
};
