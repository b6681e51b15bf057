#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Return the run-length encoding of s as a NUL-terminated string allocated with
 * malloc (the caller frees it). */
char *rle_encode(const char *s) {
    size_t n = strlen(s), len = 0;
    char *out = malloc(2 * n + 1); /* a run of k letters needs at most 2k characters */
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] == s[i]) j++;
        len += sprintf(out + len, "%c%zu", s[i], j - i);
        i = j;
    }
    out[len] = '\0';
    return out;
}

/* Return the string described by the encoding e, allocated with malloc. */
char *rle_decode(const char *e) {
    size_t total = 0;
    for (const char *p = e; *p;) { /* first pass: the decoded length */
        p++;
        total += strtoul(p, (char **)&p, 10);
    }
    char *out = malloc(total + 1), *w = out;
    for (const char *p = e; *p;) {
        char c = *p++;
        unsigned long k = strtoul(p, (char **)&p, 10);
        memset(w, c, k);
        w += k;
    }
    *w = '\0';
    return out;
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
    int t = (int)io_ll();
    for (int i = 0; i < t; i++) {
        char *op = io_token(NULL);
        char *arg = io_token(NULL);
        char *res = op[0] == 'E' ? rle_encode(arg) : rle_decode(arg);
        fputs(res, stdout);
        fputc('\n', stdout);
        free(res);
    }
    return 0;
}
