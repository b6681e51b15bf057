
func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int {
		scanner.Scan()
		v, _ := strconv.Atoi(scanner.Text())
		return v
	}
	n, m := next(), next()
	edges := make([][3]int, m)
	for i := range edges {
		edges[i] = [3]int{next(), next(), next()}
	}
	dist := cheapestRoutes(n, edges)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for j, d := range dist {
		if j > 0 {
			out.WriteByte(' ')
		}
		out.WriteString(strconv.Itoa(d))
	}
	out.WriteByte('\n')
}
