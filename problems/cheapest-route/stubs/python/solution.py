class Solution:
    def cheapestRoutes(self, n: int, edges: List[List[int]]) -> List[int]:
        """Towns are numbered 1..n. Road [u, v, w] goes from u to v and costs w.
        Return a list of n values: element j - 1 is the cheapest cost from town 1 to town j,
        or -1 if town j is unreachable. (The heapq module provides a priority queue.)"""
        return [-1] * n
