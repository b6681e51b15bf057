#include <bits/stdc++.h>
using namespace std;

class Solution {
public:
    // Key of a word: its letters in sorted order.
    pair<int, int> anagramGroups(vector<string>& words) {
        unordered_map<string, int> count;
        count.reserve(words.size() * 2);
        int largest = 0;
        for (string w : words) {
            sort(w.begin(), w.end());
            largest = max(largest, ++count[w]);
        }
        return {(int)count.size(), largest};
    }
};

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
