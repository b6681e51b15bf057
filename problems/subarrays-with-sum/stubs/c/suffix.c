
int main(void) {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    int *nums = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &nums[i]) != 1) return 0;
    printf("%lld\n", count_subarrays(nums, n, k));
    free(nums);
    return 0;
}
