#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sliding window [left, right]; last[c] is the latest position of letter c. */
void longest_unique_window(const char *s, int n, int *length, int *start) {
    int last[26];
    for (int c = 0; c < 26; c++) last[c] = -1;
    int left = 0, best = 0, best_start = 0;
    for (int right = 0; right < n; right++) {
        int c = s[right] - 'a';
        if (last[c] >= left) left = last[c] + 1;
        last[c] = right;
        if (right - left + 1 > best) {
            best = right - left + 1;
            best_start = left;
        }
    }
    *length = best;
    *start = best_start + 1;
}

int main(void) {
    static char s[200005];
    if (scanf("%200004s", s) != 1) return 0;
    int length = 0, start = 1;
    longest_unique_window(s, (int)strlen(s), &length, &start);
    printf("%d %d\n", length, start);
    return 0;
}
