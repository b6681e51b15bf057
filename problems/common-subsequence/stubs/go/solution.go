// longestCommonSubsequence returns the length of the longest common subsequence of a and b.
func longestCommonSubsequence(a string, b string) int {
	return 0
}
