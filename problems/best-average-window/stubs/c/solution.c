/*
 * nums[0..n-1] are the daily values, 1 <= k <= n.
 * Return the highest average of k consecutive values.
 */
double best_average(const int *nums, int n, int k) {
    return 0.0;
}
