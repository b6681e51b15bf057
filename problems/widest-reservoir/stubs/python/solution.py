def max_water(heights: List[int]) -> int:
    """Return the maximum of (j - i) * min(heights[i], heights[j]) over all pairs i < j."""
    return 0
