/* nums[0..n-1] is a rotated strictly increasing array. Return the index of target,
 * or -1 if it does not occur. Called once per query. */
int search(const int *nums, int n, int target) {
    (void)nums;
    (void)n;
    (void)target;
    return -1;
}
