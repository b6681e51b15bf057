class Solution:
    def __init__(self, n: int):
        """Computers are numbered 1..n."""
        pass

    def join(self, a: int, b: int) -> None:
        """A cable is laid between computers a and b."""
        pass

    def isConnected(self, a: int, b: int) -> bool:
        """Return True if computers a and b are currently linked."""
        return False

    def componentCount(self) -> int:
        """Return the current number of separate networks."""
        return 0
