// pairWithSum returns []int{i, j}: 1-based positions with i < j and
// nums[i-1]+nums[j-1] == target, or nil if there is no such pair.
func pairWithSum(nums []int, target int) []int {
	return nil
}
