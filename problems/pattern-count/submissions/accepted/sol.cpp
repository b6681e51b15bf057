#include <bits/stdc++.h>
using namespace std;

// Return the number of (possibly overlapping) occurrences of pattern in text.
int countOccurrences(const string& text, const string& pattern) {
    // Z-function of pattern + '#' + text: z[i] = longest common prefix with the start.
    string s = pattern + '#' + text;
    int n = s.size(), m = pattern.size(), found = 0;
    vector<int> z(n, 0);
    for (int i = 1, l = 0, r = 0; i < n; i++) {
        if (i < r) z[i] = min(r - i, z[i - l]);
        while (i + z[i] < n && s[z[i]] == s[i + z[i]]) z[i]++;
        if (i + z[i] > r) l = i, r = i + z[i];
        if (i > m && z[i] == m) found++;
    }
    return found;
}

// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string text, pattern;
    cin >> text >> pattern;
    cout << countOccurrences(text, pattern) << '\n';
    return 0;
}
