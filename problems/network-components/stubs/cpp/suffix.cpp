
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, q;
    if (!(cin >> n >> q)) return 0;
    Solution network(n);
    string op, out;
    for (int i = 0; i < q; i++) {
        int a, b;
        cin >> op >> a >> b;
        if (op == "union") network.join(a, b);
        else out += network.isConnected(a, b) ? "YES\n" : "NO\n";
    }
    out += to_string(network.componentCount()) + "\n";
    cout << out;
    return 0;
}
