#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <limits.h>

int longestCommonSubsequence(const char *a, const char *b) {
    int n = strlen(a), m = strlen(b);
    int *prev = calloc(m + 1, sizeof(int)), *cur = calloc(m + 1, sizeof(int));
    for (int i = 0; i < n; i++) {
        for (int j = 1; j <= m; j++) {
            if (a[i] == b[j - 1]) cur[j] = prev[j - 1] + 1;
            else cur[j] = prev[j] > cur[j - 1] ? prev[j] : cur[j - 1];
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
    printf("%d\n", longestCommonSubsequence(a, b));
    return 0;
}
