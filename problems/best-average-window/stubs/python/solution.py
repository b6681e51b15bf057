def best_average(nums: List[int], k: int) -> float:
    """Return the highest average of k consecutive values of nums (1 <= k <= len(nums))."""
    return 0.0
