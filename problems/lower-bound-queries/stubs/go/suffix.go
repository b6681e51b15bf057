
// ---- input/output (not part of your solution) ----
var scanner *bufio.Scanner

func nextToken() string {
	scanner.Scan()
	return scanner.Text()
}

func nextInt() int {
	v, _ := strconv.Atoi(nextToken())
	return v
}

func main() {
	scanner = bufio.NewScanner(bufio.NewReaderSize(os.Stdin, 1<<20))
	scanner.Buffer(make([]byte, 1<<20), 1<<24)
	scanner.Split(bufio.ScanWords)
	n := nextInt()
	a := make([]int, n)
	for i := range a {
		a[i] = nextInt()
	}
	q := nextInt()
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	for j := 0; j < q; j++ {
		w.WriteString(strconv.Itoa(lowerBound(a, nextInt())))
		w.WriteByte('\n')
	}
}
