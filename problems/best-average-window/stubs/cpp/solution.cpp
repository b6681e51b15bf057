class Solution {
public:
    // Return the highest average of k consecutive values of nums (1 <= k <= nums.size()).
    double bestAverage(vector<int>& nums, int k) {
        return 0.0;
    }
};
