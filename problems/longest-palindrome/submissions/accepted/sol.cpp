#include <bits/stdc++.h>
using namespace std;

// Return the leftmost longest palindromic substring of s.
string longestPalindrome(const string& s) {
    int n = s.size(), bestLen = 0, bestStart = 0;
    // dp[i][j]: s[i..j] is a palindrome (filled by increasing length)
    vector<vector<char>> dp(n, vector<char>(n, 0));
    for (int len = 1; len <= n; len++) {
        for (int i = 0; i + len <= n; i++) {
            int j = i + len - 1;
            dp[i][j] = s[i] == s[j] && (len <= 2 || dp[i + 1][j - 1]);
            if (dp[i][j] && len > bestLen) {  // first hit of a new length is leftmost
                bestLen = len;
                bestStart = i;
            }
        }
    }
    return s.substr(bestStart, bestLen);
}

// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    cin >> s;
    string p = longestPalindrome(s);
    cout << p.size() << '\n' << p << '\n';
    return 0;
}
