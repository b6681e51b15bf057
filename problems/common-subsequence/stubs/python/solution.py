class Solution:
    def longestCommonSubsequence(self, a: str, b: str) -> int:
        """Return the length of the longest common subsequence of a and b."""
        return 0
