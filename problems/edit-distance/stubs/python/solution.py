class Solution:
    def editDistance(self, a: str, b: str) -> int:
        """Return the minimum number of insertions, deletions and replacements that turn a into b."""
        return 0
