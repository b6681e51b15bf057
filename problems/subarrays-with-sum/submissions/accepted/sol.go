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

// countSubarrays counts pairs of prefix sums with P[r] - P[l-1] == k.
func countSubarrays(nums []int, k int) int {
	seen := make(map[int]int, len(nums)+1)
	seen[0] = 1
	s, total := 0, 0
	for _, x := range nums {
		s += x
		total += seen[s-k]
		seen[s]++
	}
	return total
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
	fmt.Println(countSubarrays(nums, k))
}
