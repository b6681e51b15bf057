
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
	prereq := make([][2]int, m)
	for i := range prereq {
		prereq[i] = [2]int{next(), next()}
	}
	order := courseOrder(n, prereq)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if len(order) == 0 {
		out.WriteString("IMPOSSIBLE\n")
		return
	}
	for i, c := range order {
		if i > 0 {
			out.WriteByte(' ')
		}
		out.WriteString(strconv.Itoa(c))
	}
	out.WriteByte('\n')
}
