
int main() {
    string a, b;
    if (!(cin >> a >> b)) return 0;
    Solution solution;
    cout << solution.editDistance(a, b) << "\n";
    return 0;
}
