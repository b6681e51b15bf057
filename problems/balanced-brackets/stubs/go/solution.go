// Return true if s (made of ()[]{} only) is balanced.
func isBalanced(s string) bool {
	return false
}
