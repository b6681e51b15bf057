def search(nums: List[int], target: int) -> int:
    """nums is a rotated strictly increasing array. Return the index of target, or -1
    if it does not occur. Called once per query."""
    return -1
