// Sums up to k values below 1e9+7 in a 32-bit int before reducing: overflows once k >= 3.
#include <bits/stdc++.h>
using namespace std;

int main() {
    const int MOD = 1000000007;
    int n, k;
    cin >> n >> k;
    vector<int> dp(n + 1, 0);
    dp[0] = 1;
    for (int i = 1; i <= n; i++) {
        int s = 0;
        for (int j = 1; j <= k && j <= i; j++) s += dp[i - j];
        dp[i] = s % MOD;
    }
    cout << dp[n] << "\n";
}
