def anagram_groups(words: List[str]) -> Tuple[int, int]:
    """Return (number of anagram groups, size of the largest group)."""
    return 0, 0
