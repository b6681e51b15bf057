// majorityVote returns the candidate named on more than len(votes) / 2 ballots,
// or -1 if there is none.
func majorityVote(votes []int) int {
	return -1
}
