
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    vector<int> votes(n);
    for (auto& x : votes) cin >> x;
    cout << Solution().majorityVote(votes) << '\n';
    return 0;
}
