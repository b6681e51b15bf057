#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A closed time interval [start, end]. */
typedef struct {
    int start;
    int end;
} Interval;

static int cmp_start(const void *a, const void *b) {
    const Interval *x = a, *y = b;
    if (x->start != y->start) return (x->start > y->start) - (x->start < y->start);
    return (x->end > y->end) - (x->end < y->end);
}

/* Sort by start; an interval joins the last merged one if it starts before that one ends. */
int merge_intervals(Interval *intervals, int n) {
    qsort(intervals, (size_t)n, sizeof(Interval), cmp_start);
    int m = 0;
    for (int i = 0; i < n; i++) {
        if (m > 0 && intervals[i].start <= intervals[m - 1].end) {
            if (intervals[i].end > intervals[m - 1].end) intervals[m - 1].end = intervals[i].end;
        } else {
            intervals[m++] = intervals[i];
        }
    }
    return m;
}

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
