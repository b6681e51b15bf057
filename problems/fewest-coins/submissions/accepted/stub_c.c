#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <limits.h>

int fewestCoins(const int *coins, int n, int amount) {
    int *best = malloc(sizeof(int) * (amount + 1));
    best[0] = 0;
    for (int s = 1; s <= amount; s++) {
        best[s] = -1;
        for (int i = 0; i < n; i++) {
            int c = coins[i];
            if (c <= s && best[s - c] >= 0 && (best[s] < 0 || best[s - c] + 1 < best[s])) best[s] = best[s - c] + 1;
        }
    }
    int r = best[amount];
    free(best);
    return r;
}

int main(void) {
    int n, amount;
    if (scanf("%d %d", &n, &amount) != 2) return 0;
    int *coins = malloc(sizeof(int) * n);
    for (int i = 0; i < n; i++) scanf("%d", &coins[i]);
    printf("%d\n", fewestCoins(coins, n, amount));
    free(coins);
    return 0;
}
