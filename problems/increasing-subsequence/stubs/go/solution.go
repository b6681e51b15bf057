// longestIncreasing returns the length of the longest strictly increasing subsequence of a.
func longestIncreasing(a []int) int {
	return 0
}
