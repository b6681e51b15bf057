
func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, amount int
	fmt.Fscan(reader, &n, &amount)
	coins := make([]int, n)
	for i := range coins {
		fmt.Fscan(reader, &coins[i])
	}
	fmt.Println(fewestCoins(coins, amount))
}
