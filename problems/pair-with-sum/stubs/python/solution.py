def pair_with_sum(nums: List[int], target: int) -> List[int]:
    """Return [i, j]: 1-based positions with i < j and nums[i-1] + nums[j-1] == target,
    or an empty list if there is no such pair."""
    return []
