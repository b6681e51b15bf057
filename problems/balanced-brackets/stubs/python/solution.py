def is_balanced(s: str) -> bool:
    """Return True if s (made of ()[]{} only) is balanced."""
    return False
