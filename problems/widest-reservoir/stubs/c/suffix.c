
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int *heights = malloc(sizeof(int) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%d", &heights[i]) != 1) return 0;
    printf("%lld\n", max_water(heights, n));
    free(heights);
    return 0;
}
