def remove_duplicates(nums: List[int]) -> int:
    """nums is sorted in non-decreasing order. Rearrange it in place so that nums[:k]
    holds each different value exactly once, in increasing order, and return k."""
    return 0
