/* s[0..n-1] is the string. Store in *start and *length the position and length of
 * the leftmost longest palindromic substring. */
void longest_palindrome(const char *s, int n, int *start, int *length) {
    (void)s;
    (void)n;
    *start = 0;
    *length = 0;
}
