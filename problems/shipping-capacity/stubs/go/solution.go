// weights are the crate weights in loading order. Return the minimum ferry capacity
// that carries all crates within `days` trips (int is 64-bit here).
func minCapacity(weights []int, days int) int {
	return 0
}
