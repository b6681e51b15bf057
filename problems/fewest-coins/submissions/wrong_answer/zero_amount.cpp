// Correct DP, but treats "0 coins" as "impossible" and prints -1 for amount 0.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, amount;
    cin >> n >> amount;
    vector<int> coins(n);
    for (auto &c : coins) cin >> c;
    vector<int> best(amount + 1, 0);
    for (int s = 1; s <= amount; s++) {
        for (int c : coins) {
            if (c > s) continue;
            if (s - c > 0 && best[s - c] == 0) continue;
            if (best[s] == 0 || best[s - c] + 1 < best[s]) best[s] = best[s - c] + 1;
        }
    }
    cout << (best[amount] == 0 ? -1 : best[amount]) << "\n";
}
