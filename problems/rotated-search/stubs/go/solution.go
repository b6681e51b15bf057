// nums is a rotated strictly increasing array. Return the index of target, or -1 if
// it does not occur. Called once per query.
func search(nums []int, target int) int {
	return -1
}
