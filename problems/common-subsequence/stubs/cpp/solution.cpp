class Solution {
public:
    // Return the length of the longest common subsequence of a and b.
    int longestCommonSubsequence(string a, string b) {
        return 0;
    }
};
