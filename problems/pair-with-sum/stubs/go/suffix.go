
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
	target := nextInt()
	nums := make([]int, n)
	for k := range nums {
		nums[k] = nextInt()
	}
	res := pairWithSum(nums, target)
	if len(res) == 2 {
		fmt.Println(res[0], res[1])
	} else {
		fmt.Println(-1)
	}
}
