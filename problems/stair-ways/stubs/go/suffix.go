
func main() {
	var n, k int
	fmt.Fscan(bufio.NewReader(os.Stdin), &n, &k)
	fmt.Println(countWays(n, k))
}
