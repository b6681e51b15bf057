#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Prefix sums: pre[i] = changes[0] + ... + changes[i-1]. */
void range_sums(const int *changes, int n, const int *left, const int *right, int q, long long *out) {
    long long *pre = malloc(sizeof(long long) * (size_t)(n + 1));
    pre[0] = 0;
    for (int i = 0; i < n; i++) pre[i + 1] = pre[i] + changes[i];
    for (int t = 0; t < q; t++) out[t] = pre[right[t]] - pre[left[t] - 1];
    free(pre);
}

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    int *changes = malloc(sizeof(int) * (size_t)n);
    int *left = malloc(sizeof(int) * (size_t)q);
    int *right = malloc(sizeof(int) * (size_t)q);
    long long *out = malloc(sizeof(long long) * (size_t)q);
    for (int k = 0; k < n; k++)
        if (scanf("%d", &changes[k]) != 1) return 0;
    for (int t = 0; t < q; t++)
        if (scanf("%d %d", &left[t], &right[t]) != 2) return 0;
    range_sums(changes, n, left, right, q, out);
    for (int t = 0; t < q; t++) printf("%lld\n", out[t]);
    free(changes);
    free(left);
    free(right);
    free(out);
    return 0;
}
