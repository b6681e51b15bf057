#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
#include <limits.h>

int countWays(int n, int k) {
    const long long MOD = 1000000007LL;
    long long *dp = calloc(n + 1, sizeof(long long));
    dp[0] = 1;
    for (int i = 1; i <= n; i++) {
        long long s = 0;
        for (int j = 1; j <= k && j <= i; j++) s += dp[i - j];
        dp[i] = s % MOD;
    }
    int r = (int)dp[n];
    free(dp);
    return r;
}

int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    printf("%d\n", countWays(n, k));
    return 0;
}
