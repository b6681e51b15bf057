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

// For every day, the number of days until a strictly warmer day (0 if none).
func daysUntilWarmer(temps []int) []int {
	ans := make([]int, len(temps))
	stack := []int{}
	for i, x := range temps {
		for len(stack) > 0 && temps[stack[len(stack)-1]] < x {
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			ans[j] = i - j
		}
		stack = append(stack, i)
	}
	return ans
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
	temps := make([]int, n)
	for i := range temps {
		temps[i] = nextInt()
	}
	ans := daysUntilWarmer(temps)
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	for i, x := range ans {
		if i > 0 {
			w.WriteByte(' ')
		}
		w.WriteString(strconv.Itoa(x))
	}
	w.WriteByte('\n')
}
