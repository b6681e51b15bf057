
int main(void) {
    int n, amount;
    if (scanf("%d %d", &n, &amount) != 2) return 0;
    int *coins = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) scanf("%d", &coins[i]);
    printf("%d\n", fewestCoins(coins, n, amount));
    free(coins);
    return 0;
}
