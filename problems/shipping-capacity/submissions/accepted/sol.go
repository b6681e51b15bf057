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

// weights are the crate weights in loading order. Return the minimum ferry capacity
// that carries all crates within `days` trips (int is 64-bit here).
func minCapacity(weights []int, days int) int {
	lo, hi := 0, 0
	for _, w := range weights {
		if w > lo {
			lo = w
		}
		hi += w
	}
	// sort.Search finds the smallest extra capacity k in [0, hi-lo] that works
	k := sort.Search(hi-lo, func(k int) bool {
		capacity := lo + k
		trips, load := 1, 0
		for _, w := range weights {
			if load+w > capacity {
				trips++
				load = 0
			}
			load += w
		}
		return trips <= days
	})
	return lo + k
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
	days := nextInt()
	weights := make([]int, n)
	for i := range weights {
		weights[i] = nextInt()
	}
	fmt.Println(minCapacity(weights, days))
}
