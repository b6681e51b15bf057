#include <bits/stdc++.h>
using namespace std;

vector<int> parent_, rank_;

int find(int x) {
    while (parent_[x] != x) {
        parent_[x] = parent_[parent_[x]];  // path halving
        x = parent_[x];
    }
    return x;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    cin >> n >> q;
    parent_.resize(n + 1);
    rank_.assign(n + 1, 0);
    iota(parent_.begin(), parent_.end(), 0);
    int components = n;
    string op, out;
    for (int i = 0; i < q; i++) {
        int a, b;
        cin >> op >> a >> b;
        int ra = find(a), rb = find(b);
        if (op == "union") {
            if (ra == rb) continue;
            if (rank_[ra] < rank_[rb]) swap(ra, rb);
            parent_[rb] = ra;
            if (rank_[ra] == rank_[rb]) rank_[ra]++;
            components--;
        } else {
            out += ra == rb ? "YES\n" : "NO\n";
        }
    }
    out += to_string(components) + "\n";
    cout << out;
}
