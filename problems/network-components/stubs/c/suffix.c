
int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    networkInit(n);
    char op[16];
    for (int i = 0; i < q; i++) {
        int a, b;
        if (scanf("%15s %d %d", op, &a, &b) != 3) break;
        if (strcmp(op, "union") == 0) join(a, b);
        else puts(isConnected(a, b) ? "YES" : "NO");
    }
    printf("%d\n", componentCount());
    return 0;
}
