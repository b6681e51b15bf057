class Solution {
    // Return the length of the longest common subsequence of a and b.
    public int longestCommonSubsequence(String a, String b) {
        return 0;
    }
}
