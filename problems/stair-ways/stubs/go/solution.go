// countWays returns the number of ways to climb n steps with strides of 1..k, modulo 1000000007.
func countWays(n int, k int) int {
	return 0
}
