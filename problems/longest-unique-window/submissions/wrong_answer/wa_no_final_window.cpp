// Wrong: only records a window when a repeated letter ends it, so the window that
// runs to the end of the string is never considered.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    int last[26];
    fill(last, last + 26, -1);
    int left = 0, best = 1, bestStart = 0;
    for (int right = 0; right < (int)s.size(); right++) {
        int c = s[right] - 'a';
        if (last[c] >= left) {
            if (right - left > best) {
                best = right - left;
                bestStart = left;
            }
            left = last[c] + 1;
        }
        last[c] = right;
    }
    cout << best << ' ' << bestStart + 1 << '\n';
}
