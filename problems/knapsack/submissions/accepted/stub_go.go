package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
)

var _ = sort.Ints
var _ = strings.Fields
var _ = math.MaxInt64
var _ = heap.Init
var _ = strconv.Itoa
var _ = bufio.NewReader
var _ = fmt.Sprint
var _ = os.Exit

func maxValue(capacity int, weights []int, values []int) int {
	best := make([]int, capacity+1)
	for i, w := range weights {
		for c := capacity; c >= w; c-- {
			if best[c-w]+values[i] > best[c] {
				best[c] = best[c-w] + values[i]
			}
		}
	}
	return best[capacity]
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, capacity int
	fmt.Fscan(reader, &n, &capacity)
	weights := make([]int, n)
	values := make([]int, n)
	for i := 0; i < n; i++ {
		fmt.Fscan(reader, &weights[i], &values[i])
	}
	fmt.Println(maxValue(capacity, weights, values))
}
