class Solution {
public:
    // Return the length of the longest strictly increasing subsequence of a.
    int longestIncreasing(vector<int>& a) {
        return 0;
    }
};
