
int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    Interval *intervals = malloc(sizeof(Interval) * (size_t)n);
    for (int i = 0; i < n; i++)
        if (scanf("%d %d", &intervals[i].start, &intervals[i].end) != 2) return 0;
    int m = merge_intervals(intervals, n);
    printf("%d\n", m);
    for (int i = 0; i < m; i++) printf("%d %d\n", intervals[i].start, intervals[i].end);
    free(intervals);
    return 0;
}
