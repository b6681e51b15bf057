
int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    int *nums = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &nums[i]) != 1) return 0;
    printf("%.6f\n", best_average(nums, n, k));
    free(nums);
    return 0;
}
