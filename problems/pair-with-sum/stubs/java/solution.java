class Solution {
    // Return {i, j}: 1-based positions with i < j and nums[i-1] + nums[j-1] == target,
    // or an empty array if there is no such pair.
    public int[] pairWithSum(int[] nums, long target) {
        return new int[0];
    }
}
