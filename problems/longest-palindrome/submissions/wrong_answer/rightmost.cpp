// Wrong: updates the answer on ties too (>= instead of >), so it reports the rightmost
// of several longest palindromes instead of the leftmost one.
#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    int n = s.size(), bestLen = 0, bestStart = 0;
    for (int c = 0; c < 2 * n - 1; c++) {
        int l = c / 2, r = l + c % 2;
        while (l >= 0 && r < n && s[l] == s[r]) l--, r++;
        if (r - l - 1 >= bestLen) bestLen = r - l - 1, bestStart = l + 1;
    }
    cout << bestLen << '\n' << s.substr(bestStart, bestLen) << '\n';
}
