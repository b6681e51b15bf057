#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <limits.h>

typedef struct { long long d; int v; } Item;

static void heap_push(Item *h, int *size, Item x) {
    int i = (*size)++;
    while (i > 0 && h[(i - 1) / 2].d > x.d) { h[i] = h[(i - 1) / 2]; i = (i - 1) / 2; }
    h[i] = x;
}

static Item heap_pop(Item *h, int *size) {
    Item top = h[0], last = h[--(*size)];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= *size) break;
        if (c + 1 < *size && h[c + 1].d < h[c].d) c++;
        if (h[c].d >= last.d) break;
        h[i] = h[c];
        i = c;
    }
    h[i] = last;
    return top;
}

void cheapestRoutes(int n, int m, int edges[][3], long long *dist) {
    int *head = malloc(sizeof(int) * (n + 1)), *next = malloc(sizeof(int) * (m + 1));
    for (int v = 0; v <= n; v++) head[v] = -1;
    for (int i = 0; i < m; i++) { next[i] = head[edges[i][0]]; head[edges[i][0]] = i; }
    long long *d = malloc(sizeof(long long) * (n + 1));
    for (int v = 0; v <= n; v++) d[v] = -1;
    Item *h = malloc(sizeof(Item) * (m + 2));
    int size = 0;
    d[1] = 0;
    heap_push(h, &size, (Item){0, 1});
    while (size > 0) {
        Item t = heap_pop(h, &size);
        if (t.d != d[t.v]) continue;
        for (int e = head[t.v]; e != -1; e = next[e]) {
            int v = edges[e][1];
            long long nd = t.d + edges[e][2];
            if (d[v] == -1 || nd < d[v]) { d[v] = nd; heap_push(h, &size, (Item){nd, v}); }
        }
    }
    for (int j = 1; j <= n; j++) dist[j - 1] = d[j];
    free(head); free(next); free(d); free(h);
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
    int (*edges)[3] = malloc(sizeof(int[3]) * (m > 0 ? m : 1));
    for (int i = 0; i < m; i++)
        for (int k = 0; k < 3; k++) edges[i][k] = read_int();
    long long *dist = malloc(sizeof(long long) * n);
    cheapestRoutes(n, m, edges, dist);
    for (int j = 0; j < n; j++) printf("%lld%c", dist[j], j == n - 1 ? '\n' : ' ');
    free(buf);
    free(edges);
    free(dist);
    return 0;
}
