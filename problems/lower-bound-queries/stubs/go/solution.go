// a is sorted in non-decreasing order. Return the smallest index i with a[i] >= x,
// or len(a) if there is none. Called once per query.
func lowerBound(a []int, x int) int {
	return len(a)
}
