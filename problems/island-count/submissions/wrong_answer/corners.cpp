// Counts land cells with water above and to the left, assuming each island has one such
// "top-left corner". Wrong for shapes like U or staircases.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    cin >> n >> m;
    vector<string> g(n);
    for (auto &row : g) cin >> row;
    long long count = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++)
            if (g[i][j] == '#' && (i == 0 || g[i - 1][j] != '#') && (j == 0 || g[i][j - 1] != '#')) count++;
    cout << count << "\n";
}
