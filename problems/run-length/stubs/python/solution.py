def encode(s: str) -> str:
    """Return the run-length encoding of s, e.g. "aaabcc" -> "a3b1c2"."""
    return ""


def decode(e: str) -> str:
    """Return the string described by the encoding e, e.g. "x2y10" -> "xxyyyyyyyyyy"."""
    return ""
