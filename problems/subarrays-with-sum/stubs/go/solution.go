// countSubarrays returns how many stretches nums[l..r] (l <= r) have a sum of exactly k.
func countSubarrays(nums []int, k int) int {
	return 0
}
