
int main(void) {
    static char s[200005];
    if (scanf("%200004s", s) != 1) return 0;
    int length = 0, start = 1;
    longest_unique_window(s, (int)strlen(s), &length, &start);
    printf("%d %d\n", length, start);
    return 0;
}
