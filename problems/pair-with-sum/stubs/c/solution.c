/*
 * nums[0..n-1] are the ledger amounts and target is the total to find.
 * Store two 1-based positions i < j with nums[i-1] + nums[j-1] == target
 * in *first and *second, or set both to -1 if there is no such pair.
 */
void pair_with_sum(const int *nums, int n, long long target, int *first, int *second) {
    *first = -1;
    *second = -1;
}
