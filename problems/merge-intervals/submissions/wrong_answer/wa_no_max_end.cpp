// Wrong: when merging, replaces the end with the new interval's end instead of taking
// the maximum, so a window nested inside a longer one cuts it short.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<pair<int, int>> iv(n);
    for (auto& [l, r] : iv) scanf("%d %d", &l, &r);
    sort(iv.begin(), iv.end());
    vector<pair<int, int>> merged;
    for (auto [l, r] : iv) {
        if (!merged.empty() && l <= merged.back().second)
            merged.back().second = r;
        else
            merged.push_back({l, r});
    }
    printf("%zu\n", merged.size());
    for (auto [l, r] : merged) printf("%d %d\n", l, r);
}
