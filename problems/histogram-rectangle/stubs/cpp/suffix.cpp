
// ---- input/output (not part of your solution) ----
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    vector<int> heights(n);
    for (auto& x : heights) cin >> x;
    cout << largestRectangle(heights) << '\n';
    return 0;
}
