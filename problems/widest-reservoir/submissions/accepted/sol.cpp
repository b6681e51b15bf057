#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    // Two pointers: the lower of the two end walls can never do better with a closer partner.
    long long maxWater(vector<int>& heights) {
        int i = 0, j = (int)heights.size() - 1;
        long long best = 0;
        while (i < j) {
            best = max(best, (long long)(j - i) * min(heights[i], heights[j]));
            if (heights[i] < heights[j]) i++;
            else j--;
        }
        return best;
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    vector<int> heights(n);
    for (auto& x : heights) cin >> x;
    cout << Solution().maxWater(heights) << '\n';
    return 0;
}
