// bestAverage returns the highest average of k consecutive values of nums
// (1 <= k <= len(nums)).
func bestAverage(nums []int, k int) float64 {
	return 0
}
