#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<string> g(n);
    for (auto &row : g) cin >> row;
    int islands = 0;
    vector<pair<int, int>> q;
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    for (int i = 0; i < n; i++)
        for (int j = 0; j < m; j++) {
            if (g[i][j] != '#') continue;
            islands++;
            g[i][j] = '.';
            q.assign(1, {i, j});
            for (size_t h = 0; h < q.size(); h++) {  // BFS
                auto [r, c] = q[h];
                for (int d = 0; d < 4; d++) {
                    int nr = r + dr[d], nc = c + dc[d];
                    if (nr >= 0 && nr < n && nc >= 0 && nc < m && g[nr][nc] == '#') {
                        g[nr][nc] = '.';
                        q.push_back({nr, nc});
                    }
                }
            }
        }
    cout << islands << "\n";
}
