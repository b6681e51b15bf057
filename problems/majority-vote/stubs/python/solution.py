def majority_vote(votes: List[int]) -> int:
    """Return the candidate named on more than len(votes) / 2 ballots, or -1 if there is none."""
    return -1
