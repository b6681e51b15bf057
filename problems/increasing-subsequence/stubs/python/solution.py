class Solution:
    def longestIncreasing(self, a: List[int]) -> int:
        """Return the length of the longest strictly increasing subsequence of a."""
        return 0
