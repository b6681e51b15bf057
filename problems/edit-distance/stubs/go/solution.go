// editDistance returns the minimum number of insertions, deletions and replacements
// that turn a into b.
func editDistance(a string, b string) int {
	return 0
}
