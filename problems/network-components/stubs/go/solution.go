type Solution struct {
	// add the fields you need
}

// Constructor is called once; computers are numbered 1..n.
func Constructor(n int) Solution {
	return Solution{}
}

// Join lays a cable between computers a and b.
func (s *Solution) Join(a int, b int) {
}

// IsConnected reports whether computers a and b are currently linked.
func (s *Solution) IsConnected(a int, b int) bool {
	return false
}

// ComponentCount returns the current number of separate networks.
func (s *Solution) ComponentCount() int {
	return 0
}
