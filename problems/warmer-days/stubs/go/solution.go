// For every day, the number of days until a strictly warmer day (0 if none).
func daysUntilWarmer(temps []int) []int {
	return make([]int, len(temps))
}
