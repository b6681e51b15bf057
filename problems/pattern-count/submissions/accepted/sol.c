#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* text[0..n-1] and pattern[0..m-1] are the strings. Return the number of (possibly
 * overlapping) occurrences of the pattern in the text. */
int count_occurrences(const char *text, int n, const char *pattern, int m) {
    if (m > n) return 0;
    /* fail[i]: length of the longest proper border of pattern[0..i] (KMP) */
    int *fail = malloc(sizeof(int) * m);
    fail[0] = 0;
    for (int i = 1, k = 0; i < m; i++) {
        while (k > 0 && pattern[k] != pattern[i]) k = fail[k - 1];
        if (pattern[k] == pattern[i]) k++;
        fail[i] = k;
    }
    int found = 0;
    for (int i = 0, k = 0; i < n; i++) {
        while (k > 0 && pattern[k] != text[i]) k = fail[k - 1];
        if (pattern[k] == text[i]) k++;
        if (k == m) {
            found++;
            k = fail[k - 1];
        }
    }
    free(fail);
    return found;
}

/* ---- input/output (not part of your solution) ---- */
static char *io_buf;
static size_t io_len, io_pos;

static void io_read_all(void) {
    size_t cap = 1 << 16, r;
    io_buf = malloc(cap);
    while ((r = fread(io_buf + io_len, 1, cap - io_len, stdin)) > 0) {
        io_len += r;
        if (io_len == cap) {
            cap *= 2;
            io_buf = realloc(io_buf, cap);
        }
    }
}

static char *io_token(int *len) {
    while (io_pos < io_len && (unsigned char)io_buf[io_pos] <= ' ') io_pos++;
    size_t start = io_pos;
    while (io_pos < io_len && (unsigned char)io_buf[io_pos] > ' ') io_pos++;
    if (len) *len = (int)(io_pos - start);
    io_buf[io_pos] = '\0';
    if (io_pos < io_len) io_pos++;
    return io_buf + start;
}

static long long io_ll(void) { return strtoll(io_token(NULL), NULL, 10); }

int main(void) {
    io_read_all();
    int n, m;
    char *text = io_token(&n);
    char *pattern = io_token(&m);
    printf("%d\n", count_occurrences(text, n, pattern, m));
    return 0;
}
