// Return the leftmost longest palindromic substring of s.
func longestPalindrome(s string) string {
	return ""
}
