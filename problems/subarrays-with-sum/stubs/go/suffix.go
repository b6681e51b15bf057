
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	nextInt := func() int {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		return v
	}
	n, k := nextInt(), nextInt()
	nums := make([]int, n)
	for i := range nums {
		nums[i] = nextInt()
	}
	fmt.Println(countSubarrays(nums, k))
}
