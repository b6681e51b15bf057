#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* s[0..n-1] is the string. Store in *start and *length the position and length of
 * the leftmost longest palindromic substring. */
void longest_palindrome(const char *s, int n, int *start, int *length) {
    *start = 0;
    *length = 0;
    /* centers in order of their leftmost possible start; expand around each one */
    for (int c = 0; c < 2 * n - 1; c++) {
        int l = c / 2, r = l + c % 2;
        while (l >= 0 && r < n && s[l] == s[r]) {
            l--;
            r++;
        }
        int len = r - l - 1;
        if (len > *length || (len == *length && l + 1 < *start)) {
            *length = len;
            *start = l + 1;
        }
    }
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
    int n;
    char *s = io_token(&n);
    int start = 0, length = 0;
    longest_palindrome(s, n, &start, &length);
    printf("%d\n%.*s\n", length, length, s + start);
    return 0;
}
