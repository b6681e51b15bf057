
func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	n, _ := strconv.Atoi(next())
	q, _ := strconv.Atoi(next())
	network := Constructor(n)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < q; i++ {
		op := next()
		a, _ := strconv.Atoi(next())
		b, _ := strconv.Atoi(next())
		if op == "union" {
			network.Join(a, b)
		} else if network.IsConnected(a, b) {
			out.WriteString("YES\n")
		} else {
			out.WriteString("NO\n")
		}
	}
	fmt.Fprintln(out, network.ComponentCount())
}
