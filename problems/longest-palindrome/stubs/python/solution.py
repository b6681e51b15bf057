def longest_palindrome(s: str) -> str:
    """Return the leftmost longest palindromic substring of s."""
    return ""
