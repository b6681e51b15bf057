
int main(void) {
    int n;
    long long target;
    if (scanf("%d %lld", &n, &target) != 2) return 0;
    int *nums = malloc(sizeof(int) * (size_t)n);
    for (int k = 0; k < n; k++)
        if (scanf("%d", &nums[k]) != 1) return 0;
    int first = -1, second = -1;
    pair_with_sum(nums, n, target, &first, &second);
    if (first < 0)
        printf("-1\n");
    else
        printf("%d %d\n", first, second);
    free(nums);
    return 0;
}
