/*
 * s[0..n-1] is the stream (lowercase letters, s[n] == '\0').
 * Store in *length the length of the longest window without a repeated letter and in
 * *start the 1-based position where the leftmost such window begins.
 */
void longest_unique_window(const char *s, int n, int *length, int *start) {
    *length = 0;
    *start = 1;
}
