
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int *a = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) scanf("%d", &a[i]);
    printf("%d\n", longestIncreasing(a, n));
    free(a);
    return 0;
}
