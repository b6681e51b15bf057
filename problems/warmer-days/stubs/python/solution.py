def days_until_warmer(temps: List[int]) -> List[int]:
    """For every day, the number of days until a strictly warmer day (0 if none)."""
    return [0] * len(temps)
