// cheapestRoutes gets towns numbered 1..n and roads {u, v, w} from u to v costing w.
// It returns n values: element j-1 is the cheapest cost from town 1 to town j, or -1 if
// town j is unreachable. (int is 64 bits wide; container/heap is imported.)
func cheapestRoutes(n int, edges [][3]int) []int {
	dist := make([]int, n)
	for j := range dist {
		dist[j] = -1
	}
	return dist
}
