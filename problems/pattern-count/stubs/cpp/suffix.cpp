
// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string text, pattern;
    cin >> text >> pattern;
    cout << countOccurrences(text, pattern) << '\n';
    return 0;
}
