#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* nums[0..n-1] is a rotated strictly increasing array. Return the index of target,
 * or -1 if it does not occur. Called once per query. */
int search(const int *nums, int n, int target) {
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (nums[mid] == target) return mid;
        if (nums[lo] <= nums[mid]) { /* nums[lo..mid] is sorted */
            if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
            else lo = mid + 1;
        } else { /* nums[mid..hi] is sorted */
            if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
            else hi = mid - 1;
        }
    }
    return -1;
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
    int *nums = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) nums[i] = (int)io_ll();
    int q = (int)io_ll();
    for (int j = 0; j < q; j++) {
        int x = (int)io_ll();
        printf("%d\n", search(nums, n, x));
    }
    return 0;
}
