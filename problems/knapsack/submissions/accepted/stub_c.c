#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <limits.h>

long long maxValue(int capacity, const int *weights, const long long *values, int n) {
    long long *best = calloc(capacity + 1, sizeof(long long));
    for (int i = 0; i < n; i++)
        for (int c = capacity; c >= weights[i]; c--)
            if (best[c - weights[i]] + values[i] > best[c]) best[c] = best[c - weights[i]] + values[i];
    long long r = best[capacity];
    free(best);
    return r;
}

int main(void) {
    int n, capacity;
    if (scanf("%d %d", &n, &capacity) != 2) return 0;
    int *weights = malloc(sizeof(int) * n);
    long long *values = malloc(sizeof(long long) * n);
    for (int i = 0; i < n; i++) scanf("%d %lld", &weights[i], &values[i]);
    printf("%lld\n", maxValue(capacity, weights, values, n));
    free(weights);
    free(values);
    return 0;
}
