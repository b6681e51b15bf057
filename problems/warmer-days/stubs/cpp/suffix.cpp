
// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> temps(n);
    for (auto& x : temps) cin >> x;
    vector<int> ans = daysUntilWarmer(temps);
    string out;
    for (size_t i = 0; i < ans.size(); i++) {
        if (i) out += ' ';
        out += to_string(ans[i]);
    }
    out += '\n';
    cout << out;
    return 0;
}
