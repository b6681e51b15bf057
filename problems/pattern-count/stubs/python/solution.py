def count_occurrences(text: str, pattern: str) -> int:
    """Return the number of (possibly overlapping) occurrences of pattern in text."""
    return 0
