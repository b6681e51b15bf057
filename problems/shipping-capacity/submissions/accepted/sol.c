#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Number of trips the greedy loading needs with capacity cap (cap >= max weight). */
static int trips_needed(const int *w, int n, long long cap) {
    int trips = 1;
    long long load = 0;
    for (int i = 0; i < n; i++) {
        if (load + w[i] > cap) {
            trips++;
            load = 0;
        }
        load += w[i];
    }
    return trips;
}

/* weights[0..n-1] are the crate weights in loading order. Return the minimum ferry
 * capacity that carries all crates within `days` trips. */
long long min_capacity(const int *weights, int n, int days) {
    long long lo = 0, hi = 0;
    for (int i = 0; i < n; i++) {
        if (weights[i] > lo) lo = weights[i];
        hi += weights[i];
    }
    while (lo < hi) {
        long long mid = lo + (hi - lo) / 2;
        if (trips_needed(weights, n, mid) <= days) hi = mid;
        else lo = mid + 1;
    }
    return lo;
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
    int n = (int)io_ll();
    int days = (int)io_ll();
    int *weights = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) weights[i] = (int)io_ll();
    printf("%lld\n", min_capacity(weights, n, days));
    return 0;
}
