// Too slow: compares the pattern character by character at every position of the
// text, O(|T| * |P|) on inputs like a...a / a...a.
#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string t, p;
    cin >> t >> p;
    long long n = t.size(), m = p.size(), found = 0;
    for (long long i = 0; i + m <= n; i++) {
        long long j = 0;
        while (j < m && t[i + j] == p[j]) j++;
        if (j == m) found++;
    }
    cout << found << '\n';
}
