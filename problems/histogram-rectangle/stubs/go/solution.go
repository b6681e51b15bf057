// Return the largest banner area (int is 64-bit here).
func largestRectangle(heights []int) int {
	return 0
}
