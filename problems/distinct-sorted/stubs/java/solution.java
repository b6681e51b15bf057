class Solution {
    // nums is sorted in non-decreasing order. Rearrange it in place so that nums[0..k-1]
    // holds each different value exactly once, in increasing order, and return k.
    public int removeDuplicates(int[] nums) {
        return 0;
    }
}
