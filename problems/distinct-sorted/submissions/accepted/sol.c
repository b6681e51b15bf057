#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Two pointers: nums[0..k-1] is the distinct prefix built so far. */
int remove_duplicates(int *nums, int n) {
    int k = 0;
    for (int i = 0; i < n; i++)
        if (k == 0 || nums[i] != nums[k - 1]) nums[k++] = nums[i];
    return k;
}

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
