
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int *nums = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &nums[i]) != 1) return 0;
    int k = remove_duplicates(nums, n);
    printf("%d\n", k);
    for (int i = 0; i < k; i++) printf(i ? " %d" : "%d", nums[i]);
    printf("\n");
    free(nums);
    return 0;
}
