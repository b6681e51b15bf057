
// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string s, out;
    for (int i = 0; i < t; i++) {
        cin >> s;
        out += isBalanced(s) ? "YES\n" : "NO\n";
    }
    cout << out;
    return 0;
}
