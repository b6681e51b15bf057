package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

var _ = fmt.Sprint
var _ = math.MaxInt64
var _ = sort.Ints
var _ = strconv.Itoa
var _ = strings.Fields

// Return the run-length encoding of s, e.g. "aaabcc" -> "a3b1c2".
func encode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteByte(s[i])
		b.WriteString(strconv.Itoa(j - i))
		i = j
	}
	return b.String()
}

// Return the string described by the encoding e, e.g. "x2y10" -> "xxyyyyyyyyyy".
func decode(e string) string {
	var b strings.Builder
	for i := 0; i < len(e); {
		c := e[i]
		i++
		k := 0
		for i < len(e) && e[i] >= '0' && e[i] <= '9' {
			k = k*10 + int(e[i]-'0')
			i++
		}
		b.WriteString(strings.Repeat(string(c), k))
	}
	return b.String()
}

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
