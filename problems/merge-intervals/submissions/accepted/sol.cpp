#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    // Sort by start; an interval joins the last merged one if it starts before that one ends.
    vector<pair<int, int>> mergeIntervals(vector<pair<int, int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        vector<pair<int, int>> merged;
        for (auto [l, r] : intervals) {
            if (!merged.empty() && l <= merged.back().second)
                merged.back().second = max(merged.back().second, r);
            else
                merged.push_back({l, r});
        }
        return merged;
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    vector<pair<int, int>> intervals(n);
    for (auto& [l, r] : intervals) cin >> l >> r;
    vector<pair<int, int>> merged = Solution().mergeIntervals(intervals);
    string out = to_string(merged.size()) + "\n";
    for (auto [l, r] : merged) {
        out += to_string(l);
        out += ' ';
        out += to_string(r);
        out += '\n';
    }
    cout << out;
    return 0;
}
