class Solution:
    def courseOrder(self, n: int, prereq: List[List[int]]) -> List[int]:
        """Courses are numbered 1..n; [a, b] in prereq means a must be taken before b.
        Return the lexicographically smallest valid order of all n courses,
        or an empty list if no valid order exists."""
        return []
