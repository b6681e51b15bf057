class Solution:
    def countWays(self, n: int, k: int) -> int:
        """Return the number of ways to climb n steps with strides of 1..k, modulo 1000000007."""
        return 0
