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

// a is sorted in non-decreasing order. Return the smallest index i with a[i] >= x,
// or len(a) if there is none. Called once per query.
func lowerBound(a []int, x int) int {
	return sort.SearchInts(a, x)
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
