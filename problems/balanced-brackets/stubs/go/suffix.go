
// ---- input/output (not part of your solution) ----
func main() {
	sc := bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<20))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	sc.Split(bufio.ScanWords)
	sc.Scan()
	t, _ := strconv.Atoi(sc.Text())
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	for i := 0; i < t; i++ {
		sc.Scan()
		if isBalanced(sc.Text()) {
			w.WriteString("YES\n")
		} else {
			w.WriteString("NO\n")
		}
	}
}
