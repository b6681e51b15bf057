class Solution {
public:
    // Return the minimum number of insertions, deletions and replacements that turn a into b.
    int editDistance(string a, string b) {
        return 0;
    }
};
