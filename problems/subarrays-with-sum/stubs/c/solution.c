/*
 * nums[0..n-1] are the stock changes.
 * Return how many stretches nums[l..r] (0 <= l <= r < n) have a sum of exactly k.
 */
long long count_subarrays(const int *nums, int n, long long k) {
    return 0;
}
