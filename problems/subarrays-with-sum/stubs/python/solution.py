def count_subarrays(nums: List[int], k: int) -> int:
    """Return how many stretches nums[l..r] (l <= r) have a sum of exactly k."""
    return 0
