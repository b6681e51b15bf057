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

// These keep the common packages importable from your code.
var _ = bufio.NewReader
var _ = fmt.Sprint
var _ = math.MaxInt64
var _ = os.Stdin
var _ = sort.Ints
var _ = strconv.Itoa
var _ = strings.Fields

// rangeSums uses prefix sums: pre[i] = changes[0] + ... + changes[i-1].
func rangeSums(changes []int, queries [][2]int) []int {
	pre := make([]int, len(changes)+1)
	for i, x := range changes {
		pre[i+1] = pre[i] + x
	}
	res := make([]int, len(queries))
	for t, qr := range queries {
		res[t] = pre[qr[1]] - pre[qr[0]-1]
	}
	return res
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	nextInt := func() int {
		sc.Scan()
		v, _ := strconv.Atoi(sc.Text())
		return v
	}
	n, q := nextInt(), nextInt()
	changes := make([]int, n)
	for k := range changes {
		changes[k] = nextInt()
	}
	queries := make([][2]int, q)
	for t := range queries {
		queries[t][0] = nextInt()
		queries[t][1] = nextInt()
	}
	res := rangeSums(changes, queries)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, s := range res {
		w.WriteString(strconv.Itoa(s))
		w.WriteByte('\n')
	}
}
