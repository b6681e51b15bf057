
// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int t;
    cin >> t;
    string op, arg, out;
    for (int i = 0; i < t; i++) {
        cin >> op >> arg;
        out += op == "E" ? encode(arg) : decode(arg);
        out += '\n';
    }
    cout << out;
    return 0;
}
