// countIslands returns the number of 4-connected islands of land.
// grid[i][j] is '.' (water) or '#' (land); you may modify it.
func countIslands(grid [][]byte) int {
	return 0
}
