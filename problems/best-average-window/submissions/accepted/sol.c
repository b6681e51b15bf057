#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sliding window: keep the sum of the last k values (64-bit), remember the best sum. */
double best_average(const int *nums, int n, int k) {
    long long s = 0;
    for (int i = 0; i < k; i++) s += nums[i];
    long long best = s;
    for (int i = k; i < n; i++) {
        s += nums[i] - (long long)nums[i - k];
        if (s > best) best = s;
    }
    return (double)best / k;
}

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
