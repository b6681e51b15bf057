
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
