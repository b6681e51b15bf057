
func main() {
	r := bufio.NewReaderSize(os.Stdin, 1<<20)
	line, _ := r.ReadString('\n')
	s := strings.TrimSpace(line)
	length, start := longestUniqueWindow(s)
	fmt.Println(length, start)
}
