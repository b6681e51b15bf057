/* a and b are NUL-terminated strings of lowercase letters.
   Return the minimum number of insertions, deletions and replacements that turn a into b. */
int editDistance(const char *a, const char *b) {
    return 0;
}
