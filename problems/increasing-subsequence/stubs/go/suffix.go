
func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int {
		scanner.Scan()
		v, _ := strconv.Atoi(scanner.Text())
		return v
	}
	n := next()
	a := make([]int, n)
	for i := range a {
		a[i] = next()
	}
	fmt.Println(longestIncreasing(a))
}
