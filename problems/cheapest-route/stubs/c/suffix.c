
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
