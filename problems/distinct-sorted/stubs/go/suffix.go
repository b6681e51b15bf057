
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
	nums := make([]int, n)
	for i := range nums {
		nums[i] = nextInt()
	}
	k := removeDuplicates(nums)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	w.WriteString(strconv.Itoa(k))
	w.WriteByte('\n')
	for i := 0; i < k; i++ {
		if i > 0 {
			w.WriteByte(' ')
		}
		w.WriteString(strconv.Itoa(nums[i]))
	}
	w.WriteByte('\n')
}
