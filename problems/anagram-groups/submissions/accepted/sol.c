#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Key of a word: its letters in sorted order. Sort the keys and count equal runs. */
void anagram_groups(char **words, int n, int *groups, int *largest) {
    char **keys = malloc(sizeof(char *) * (size_t)n);
    for (int i = 0; i < n; i++) {
        int cnt[26] = {0};
        size_t len = strlen(words[i]);
        for (size_t p = 0; p < len; p++) cnt[words[i][p] - 'a']++;
        char *key = malloc(len + 1);
        size_t p = 0;
        for (int c = 0; c < 26; c++)
            while (cnt[c]--) key[p++] = (char)('a' + c);
        key[p] = '\0';
        keys[i] = key;
    }
    qsort(keys, (size_t)n, sizeof(char *), cmp_str);
    *groups = 0;
    *largest = 0;
    for (int i = 0, j; i < n; i = j) {
        for (j = i; j < n && strcmp(keys[i], keys[j]) == 0; j++) {
        }
        (*groups)++;
        if (j - i > *largest) *largest = j - i;
    }
    for (int i = 0; i < n; i++) free(keys[i]);
    free(keys);
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    char **words = malloc(sizeof(char *) * (size_t)n);
    char buf[64];
    for (int i = 0; i < n; i++) {
        if (scanf("%63s", buf) != 1) return 0;
        size_t len = strlen(buf);
        words[i] = malloc(len + 1);
        memcpy(words[i], buf, len + 1);
    }
    int groups = 0, largest = 0;
    anagram_groups(words, n, &groups, &largest);
    printf("%d %d\n", groups, largest);
    for (int i = 0; i < n; i++) free(words[i]);
    free(words);
    return 0;
}
