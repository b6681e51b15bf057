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

// nums is a rotated strictly increasing array. Return the index of target, or -1 if
// it does not occur. Called once per query.
func search(nums []int, target int) int {
	n := len(nums)
	// pivot: index of the smallest element (every element before it is > nums[n-1])
	pivot := sort.Search(n, func(i int) bool { return nums[i] <= nums[n-1] })
	lo, hi := 0, pivot
	if target <= nums[n-1] {
		lo, hi = pivot, n
	}
	i := lo + sort.SearchInts(nums[lo:hi], target)
	if i < hi && nums[i] == target {
		return i
	}
	return -1
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
	nums := make([]int, n)
	for i := range nums {
		nums[i] = nextInt()
	}
	q := nextInt()
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	defer w.Flush()
	for j := 0; j < q; j++ {
		w.WriteString(strconv.Itoa(search(nums, nextInt())))
		w.WriteByte('\n')
	}
}
