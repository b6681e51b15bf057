def largest_rectangle(heights: List[int]) -> int:
    """Return the largest banner area."""
    return 0
