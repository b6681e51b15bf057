
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	nextInt := func() int {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		return v
	}
	n, q := nextInt(), nextInt()
	changes := make([]int, n)
	for k := range changes {
		changes[k] = nextInt()
	}
	queries := make([][2]int, q)
	for t := range queries {
		queries[t][0] = nextInt()
		queries[t][1] = nextInt()
	}
	res := rangeSums(changes, queries)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, s := range res {
		w.WriteString(strconv.Itoa(s))
		w.WriteByte('\n')
	}
}
