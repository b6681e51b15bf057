
// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> a(n);
    for (auto& v : a) cin >> v;
    int q;
    cin >> q;
    string out;
    for (int j = 0; j < q; j++) {
        int x;
        cin >> x;
        out += to_string(lowerBound(a, x));
        out += '\n';
    }
    cout << out;
    return 0;
}
