
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
