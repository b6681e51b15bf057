#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <limits.h>

int courseOrder(int n, int m, int prereq[][2], int *order) {
    int *head = malloc(sizeof(int) * (n + 1)), *next = malloc(sizeof(int) * (m + 1));
    int *indeg = calloc(n + 1, sizeof(int)), *heap = malloc(sizeof(int) * (n + 1));
    for (int v = 0; v <= n; v++) head[v] = -1;
    for (int i = 0; i < m; i++) {
        next[i] = head[prereq[i][0]];
        head[prereq[i][0]] = i;
        indeg[prereq[i][1]]++;
    }
    int size = 0, count = 0;
    for (int v = 1; v <= n; v++) {
        if (indeg[v]) continue;
        heap[size++] = v;  /* increasing order: already a valid min-heap */
    }
    while (size > 0) {
        int u = heap[0], last = heap[--size], i = 0;
        for (;;) {
            int c = 2 * i + 1;
            if (c >= size) break;
            if (c + 1 < size && heap[c + 1] < heap[c]) c++;
            if (heap[c] >= last) break;
            heap[i] = heap[c];
            i = c;
        }
        if (size > 0) heap[i] = last;
        order[count++] = u;
        for (int e = head[u]; e != -1; e = next[e]) {
            int v = prereq[e][1];
            if (--indeg[v] == 0) {
                int j = size++;
                while (j > 0 && heap[(j - 1) / 2] > v) { heap[j] = heap[(j - 1) / 2]; j = (j - 1) / 2; }
                heap[j] = v;
            }
        }
    }
    free(head); free(next); free(indeg); free(heap);
    return count == n;
}

static char *input_ptr;

static int read_int(void) {
    while (*input_ptr && (*input_ptr < '0' || *input_ptr > '9')) input_ptr++;
    int x = 0;
    while (*input_ptr >= '0' && *input_ptr <= '9') x = x * 10 + (*input_ptr++ - '0');
    return x;
}

int main(void) {
    size_t cap = 1 << 20, len = 0, got;
    char *buf = malloc(cap + 1);
    while ((got = fread(buf + len, 1, cap - len, stdin)) > 0) {
        len += got;
        if (len == cap) buf = realloc(buf, (cap *= 2) + 1);
    }
    buf[len] = 0;
    input_ptr = buf;
    int n = read_int(), m = read_int();
    int (*prereq)[2] = malloc(sizeof(int[2]) * (m > 0 ? m : 1));
    for (int i = 0; i < m; i++) {
        prereq[i][0] = read_int();
        prereq[i][1] = read_int();
    }
    int *order = malloc(sizeof(int) * n);
    if (courseOrder(n, m, prereq, order)) {
        for (int i = 0; i < n; i++) printf("%d%c", order[i], i == n - 1 ? '\n' : ' ');
    } else {
        printf("IMPOSSIBLE\n");
    }
    free(buf);
    free(prereq);
    free(order);
    return 0;
}
