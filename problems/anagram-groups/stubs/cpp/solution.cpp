class Solution {
public:
    // Return {number of anagram groups, size of the largest group}.
    pair<int, int> anagramGroups(vector<string>& words) {
        return {0, 0};
    }
};
