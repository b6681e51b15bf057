class Solution:
    def maxValue(self, capacity: int, weights: List[int], values: List[int]) -> int:
        """Item i weighs weights[i] and is worth values[i].
        Return the maximum total value of items with total weight at most capacity."""
        return 0
