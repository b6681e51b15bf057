
func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, capacity int
	fmt.Fscan(reader, &n, &capacity)
	weights := make([]int, n)
	values := make([]int, n)
	for i := 0; i < n; i++ {
		fmt.Fscan(reader, &weights[i], &values[i])
	}
	fmt.Println(maxValue(capacity, weights, values))
}
