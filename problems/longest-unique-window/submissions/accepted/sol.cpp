#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    // Sliding window [left, right]; last[c] is the latest position of letter c.
    pair<int, int> longestUniqueWindow(const string& s) {
        array<int, 26> last;
        last.fill(-1);
        int left = 0, best = 0, bestStart = 0;
        for (int right = 0; right < (int)s.size(); right++) {
            int c = s[right] - 'a';
            if (last[c] >= left) left = last[c] + 1;
            last[c] = right;
            if (right - left + 1 > best) {
                best = right - left + 1;
                bestStart = left;
            }
        }
        return {best, bestStart + 1};
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    if (!(cin >> s)) return 0;
    auto [length, start] = Solution().longestUniqueWindow(s);
    cout << length << ' ' << start << '\n';
    return 0;
}
