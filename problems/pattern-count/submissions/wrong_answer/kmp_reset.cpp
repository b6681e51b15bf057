// Wrong: KMP that restarts from scratch (k = 0) after a full match instead of falling
// back to the longest border, so overlapping occurrences are missed.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string t, p;
    cin >> t >> p;
    int n = t.size(), m = p.size();
    vector<int> fail(m, 0);
    for (int i = 1, k = 0; i < m; i++) {
        while (k > 0 && p[k] != p[i]) k = fail[k - 1];
        if (p[k] == p[i]) k++;
        fail[i] = k;
    }
    long long found = 0;
    for (int i = 0, k = 0; i < n; i++) {
        while (k > 0 && p[k] != t[i]) k = fail[k - 1];
        if (p[k] == t[i]) k++;
        if (k == m) {
            found++;
            k = 0;
        }
    }
    cout << found << '\n';
}
