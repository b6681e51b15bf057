
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	nextInt := func() int {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		return v
	}
	n := nextInt()
	intervals := make([][2]int, n)
	for i := range intervals {
		intervals[i][0] = nextInt()
		intervals[i][1] = nextInt()
	}
	merged := mergeIntervals(intervals)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fmt.Fprintln(w, len(merged))
	for _, iv := range merged {
		fmt.Fprintln(w, iv[0], iv[1])
	}
}
