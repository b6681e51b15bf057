class Solution {
public:
    // Return {L, p}: the length of the longest window of s without a repeated letter and
    // the 1-based position where the leftmost such window begins.
    pair<int, int> longestUniqueWindow(const string& s) {
        return {0, 1};
    }
};
