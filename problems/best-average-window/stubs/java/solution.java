class Solution {
    // Return the highest average of k consecutive values of nums (1 <= k <= nums.length).
    public double bestAverage(int[] nums, int k) {
        return 0.0;
    }
}
