def merge_intervals(intervals: List[Tuple[int, int]]) -> List[Tuple[int, int]]:
    """Each interval is (start, end), closed. Return the merged intervals in increasing
    order of start."""
    return []
