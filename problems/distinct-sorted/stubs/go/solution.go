// removeDuplicates gets nums sorted in non-decreasing order. Rearrange it in place so
// that nums[:k] holds each different value exactly once, in increasing order; return k.
func removeDuplicates(nums []int) int {
	return 0
}
