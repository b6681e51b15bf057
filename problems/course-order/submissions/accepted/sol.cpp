#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, m;
    cin >> n >> m;
    vector<vector<int>> adj(n + 1);
    vector<int> indeg(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        cin >> a >> b;
        adj[a].push_back(b);
        indeg[b]++;
    }
    set<int> ready;  // ordered set instead of a heap
    for (int v = 1; v <= n; v++)
        if (indeg[v] == 0) ready.insert(v);
    vector<int> order;
    while (!ready.empty()) {
        int u = *ready.begin();
        ready.erase(ready.begin());
        order.push_back(u);
        for (int v : adj[u])
            if (--indeg[v] == 0) ready.insert(v);
    }
    if ((int)order.size() != n) {
        cout << "IMPOSSIBLE\n";
        return 0;
    }
    string out;
    for (int i = 0; i < n; i++) {
        if (i) out += ' ';
        out += to_string(order[i]);
    }
    cout << out << "\n";
}
