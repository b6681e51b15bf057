/* text[0..n-1] and pattern[0..m-1] are the strings. Return the number of (possibly
 * overlapping) occurrences of the pattern in the text. */
int count_occurrences(const char *text, int n, const char *pattern, int m) {
    (void)text;
    (void)n;
    (void)pattern;
    (void)m;
    return 0;
}
