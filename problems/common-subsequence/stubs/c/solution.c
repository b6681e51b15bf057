/* a and b are NUL-terminated strings of lowercase letters.
   Return the length of their longest common subsequence. */
int longestCommonSubsequence(const char *a, const char *b) {
    return 0;
}
