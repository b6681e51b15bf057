// courseOrder gets courses numbered 1..n; {a, b} in prereq means a must be taken before b.
// It returns the lexicographically smallest valid order of all n courses, or an empty
// slice if no valid order exists. (container/heap is imported.)
func courseOrder(n int, prereq [][2]int) []int {
	return []int{}
}
