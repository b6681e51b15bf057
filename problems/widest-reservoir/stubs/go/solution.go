// maxWater returns the maximum of (j - i) * min(heights[i], heights[j]) over all pairs i < j.
func maxWater(heights []int) int {
	return 0
}
