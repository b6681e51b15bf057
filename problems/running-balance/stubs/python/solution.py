def range_sums(changes: List[int], queries: List[Tuple[int, int]]) -> List[int]:
    """changes[i-1] is the change on day i. Each query (l, r) asks for the total change
    from day l to day r, both included (1-based). Return the answers in query order."""
    return [0] * len(queries)
