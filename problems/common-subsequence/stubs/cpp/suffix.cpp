
int main() {
    string a, b;
    if (!(cin >> a >> b)) return 0;
    Solution solution;
    cout << solution.longestCommonSubsequence(a, b) << "\n";
    return 0;
}
