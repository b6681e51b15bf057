
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
