def lower_bound(a: List[int], x: int) -> int:
    """a is sorted in non-decreasing order. Return the smallest index i with a[i] >= x,
    or len(a) if there is none. Called once per query."""
    return len(a)
