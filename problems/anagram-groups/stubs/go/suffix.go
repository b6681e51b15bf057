
func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	sc.Scan()
	n, _ := strconv.Atoi(sc.Text())
	words := make([]string, n)
	for i := range words {
		sc.Scan()
		words[i] = sc.Text()
	}
	groups, largest := anagramGroups(words)
	fmt.Println(groups, largest)
}
