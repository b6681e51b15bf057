
// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<string> tokens(n);
    for (auto& t : tokens) cin >> t;
    cout << evaluate(tokens) << '\n';
    return 0;
}
