/*
 * nums[0..n-1] is sorted in non-decreasing order.
 * Rearrange it in place so that nums[0..k-1] holds each different value exactly once,
 * in increasing order, and return k.
 */
int remove_duplicates(int *nums, int n) {
    return 0;
}
