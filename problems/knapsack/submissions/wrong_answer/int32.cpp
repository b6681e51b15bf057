// Correct DP but stores values in 32-bit ints: overflows when the best value exceeds 2^31-1.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, W;
    cin >> n >> W;
    vector<int> best(W + 1, 0);
    for (int i = 0; i < n; i++) {
        int w, v;
        cin >> w >> v;
        for (int c = W; c >= w; c--) best[c] = max(best[c], best[c - w] + v);
    }
    cout << best[W] << "\n";
}
