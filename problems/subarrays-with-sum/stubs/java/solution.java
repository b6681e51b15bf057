class Solution {
    // Return how many stretches nums[l..r] (l <= r) have a sum of exactly k.
    public long countSubarrays(int[] nums, long k) {
        return 0;
    }
}
