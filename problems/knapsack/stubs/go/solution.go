// maxValue returns the maximum total value of items with total weight at most capacity.
// Item i weighs weights[i] and is worth values[i]. (int is 64 bits wide.)
func maxValue(capacity int, weights []int, values []int) int {
	return 0
}
