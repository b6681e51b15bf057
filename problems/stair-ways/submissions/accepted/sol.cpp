#include <bits/stdc++.h>
using namespace std;

int main() {
    const long long MOD = 1000000007LL;
    int n, k;
    if (!(cin >> n >> k)) return 0;
    vector<long long> dp(n + 1, 0);
    dp[0] = 1;
    for (int i = 1; i <= n; i++) {
        long long s = 0;
        for (int j = 1; j <= k && j <= i; j++) s += dp[i - j];
        dp[i] = s % MOD;
    }
    cout << dp[n] << "\n";
}
