
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
	t := nextInt()
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	for i := 0; i < t; i++ {
		op := nextToken()
		arg := nextToken()
		if op == "E" {
			w.WriteString(encode(arg))
		} else {
			w.WriteString(decode(arg))
		}
		w.WriteByte('\n')
	}
}
