/* Return the run-length encoding of s as a NUL-terminated string allocated with
 * malloc (the caller frees it). */
char *rle_encode(const char *s) {
    (void)s;
    return calloc(1, 1);
}

/* Return the string described by the encoding e, allocated with malloc. */
char *rle_decode(const char *e) {
    (void)e;
    return calloc(1, 1);
}
