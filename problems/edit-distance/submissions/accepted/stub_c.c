#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <limits.h>

int editDistance(const char *a, const char *b) {
    int n = strlen(a), m = strlen(b);
    int *prev = malloc(sizeof(int) * (m + 1)), *cur = malloc(sizeof(int) * (m + 1));
    for (int j = 0; j <= m; j++) prev[j] = j;
    for (int i = 1; i <= n; i++) {
        cur[0] = i;
        for (int j = 1; j <= m; j++) {
            int best = prev[j - 1] + (a[i - 1] != b[j - 1]);
            if (prev[j] + 1 < best) best = prev[j] + 1;
            if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
            cur[j] = best;
        }
        int *t = prev; prev = cur; cur = t;
    }
    int r = prev[m];
    free(prev);
    free(cur);
    return r;
}

int main(void) {
    static char a[1024], b[1024];
    if (scanf("%1000s %1000s", a, b) != 2) return 0;
    printf("%d\n", editDistance(a, b));
    return 0;
}
