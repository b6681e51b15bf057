
int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    printf("%d\n", countWays(n, k));
    return 0;
}
