def evaluate(tokens: List[str]) -> int:
    """tokens is a valid postfix expression: operators "+", "-", "*", "/" or integer
    literals such as "12" or "-7". Return its value (division truncates toward zero,
    unlike Python's //)."""
    return 0
