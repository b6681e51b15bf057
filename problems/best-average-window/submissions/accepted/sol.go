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

// bestAverage slides a window, keeping the sum of the last k values and the best sum.
func bestAverage(nums []int, k int) float64 {
	s := 0
	for _, x := range nums[:k] {
		s += x
	}
	best := s
	for i := k; i < len(nums); i++ {
		s += nums[i] - nums[i-k]
		if s > best {
			best = s
		}
	}
	return float64(best) / float64(k)
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
	n, k := nextInt(), nextInt()
	nums := make([]int, n)
	for i := range nums {
		nums[i] = nextInt()
	}
	fmt.Printf("%.6f\n", bestAverage(nums, k))
}
