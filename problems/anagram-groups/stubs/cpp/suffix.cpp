
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    vector<string> words(n);
    for (auto& w : words) cin >> w;
    auto [groups, largest] = Solution().anagramGroups(words);
    cout << groups << ' ' << largest << '\n';
    return 0;
}
