def min_capacity(weights: List[int], days: int) -> int:
    """weights are the crate weights in loading order. Return the minimum ferry capacity
    that carries all crates within `days` trips."""
    return 0
