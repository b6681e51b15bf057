
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    if (!(cin >> s)) return 0;
    auto [length, start] = Solution().longestUniqueWindow(s);
    cout << length << ' ' << start << '\n';
    return 0;
}
