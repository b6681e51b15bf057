class Solution {
public:
    // nums is sorted in non-decreasing order. Rearrange it in place so that nums[0..k-1]
    // holds each different value exactly once, in increasing order, and return k.
    int removeDuplicates(vector<int>& nums) {
        return 0;
    }
};
