// Sliding-window sum, but the subtraction can leave a negative remainder in C++.
#include <bits/stdc++.h>
using namespace std;

int main() {
    const long long MOD = 1000000007LL;
    int n, k;
    cin >> n >> k;
    vector<long long> dp(n + 1, 0);
    dp[0] = 1;
    long long window = 1;
    for (int i = 1; i <= n; i++) {
        dp[i] = window;
        window = (window + dp[i]) % MOD;
        if (i - k >= 0) window = (window - dp[i - k]) % MOD;
    }
    cout << dp[n] << "\n";
}
