#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, amount;
    cin >> n >> amount;
    vector<int> coins(n);
    for (auto &c : coins) cin >> c;
    const int INF = INT_MAX / 2;
    vector<int> best(amount + 1, INF);
    best[0] = 0;
    for (int s = 1; s <= amount; s++)
        for (int c : coins)
            if (c <= s && best[s - c] + 1 < best[s]) best[s] = best[s - c] + 1;
    cout << (best[amount] >= INF ? -1 : best[amount]) << "\n";
}
