
func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	scanner.Scan()
	n, _ := strconv.Atoi(scanner.Text())
	scanner.Scan()
	grid := make([][]byte, n)
	for i := range grid {
		scanner.Scan()
		grid[i] = []byte(scanner.Text())
	}
	fmt.Println(countIslands(grid))
}
