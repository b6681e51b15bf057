
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
