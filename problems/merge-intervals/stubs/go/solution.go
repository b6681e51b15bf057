// mergeIntervals gets intervals {start, end} (closed) and returns the merged intervals
// in increasing order of start.
func mergeIntervals(intervals [][2]int) [][2]int {
	return nil
}
