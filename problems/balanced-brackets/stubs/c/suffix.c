
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

int main(void) {
    io_read_all();
    int t = atoi(io_token(NULL));
    for (int i = 0; i < t; i++) {
        int n;
        char *s = io_token(&n);
        fputs(is_balanced(s, n) ? "YES\n" : "NO\n", stdout);
    }
    return 0;
}
