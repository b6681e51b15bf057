#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    // Boyer-Moore voting: pair off different ballots, then verify the survivor.
    int majorityVote(vector<int>& votes) {
        int candidate = -1, count = 0;
        for (int v : votes) {
            if (count == 0) candidate = v;
            count += v == candidate ? 1 : -1;
        }
        long long total = count_if(votes.begin(), votes.end(), [&](int v) { return v == candidate; });
        return 2 * total > (long long)votes.size() ? candidate : -1;
    }
};

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
