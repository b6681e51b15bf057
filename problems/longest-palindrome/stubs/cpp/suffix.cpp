
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
