// Links the computers themselves (parent[a] = b) instead of their representatives.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    vector<int> parent(n + 1);
    iota(parent.begin(), parent.end(), 0);
    auto find = [&](int x) {
        while (parent[x] != x) x = parent[x];
        return x;
    };
    int components = n;
    char op[8];
    for (int i = 0; i < q; i++) {
        int a, b;
        scanf("%7s %d %d", op, &a, &b);
        if (op[0] == 'u') {
            if (find(a) != find(b)) {
                parent[a] = b;
                components--;
            }
        } else {
            puts(find(a) == find(b) ? "YES" : "NO");
        }
    }
    printf("%d\n", components);
}
