#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const int *g_nums;

static int cmp_by_value(const void *a, const void *b) {
    int x = g_nums[*(const int *)a], y = g_nums[*(const int *)b];
    return (x > y) - (x < y);
}

/* Sort the positions by amount, then close in from both ends. */
void pair_with_sum(const int *nums, int n, long long target, int *first, int *second) {
    int *idx = malloc(sizeof(int) * (size_t)n);
    for (int k = 0; k < n; k++) idx[k] = k;
    g_nums = nums;
    qsort(idx, (size_t)n, sizeof(int), cmp_by_value);
    *first = *second = -1;
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        long long s = (long long)nums[idx[lo]] + nums[idx[hi]];
        if (s == target) {
            int a = idx[lo], b = idx[hi];
            *first = (a < b ? a : b) + 1;
            *second = (a < b ? b : a) + 1;
            break;
        }
        if (s < target)
            lo++;
        else
            hi--;
    }
    free(idx);
}

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
