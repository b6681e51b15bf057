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

// pairWithSum makes one pass, remembering the first position of every amount seen so far.
func pairWithSum(nums []int, target int) []int {
	seen := make(map[int]int, len(nums))
	for j, x := range nums {
		if i, ok := seen[target-x]; ok {
			return []int{i + 1, j + 1}
		}
		if _, ok := seen[x]; !ok {
			seen[x] = j
		}
	}
	return nil
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
	n := nextInt()
	target := nextInt()
	nums := make([]int, n)
	for k := range nums {
		nums[k] = nextInt()
	}
	res := pairWithSum(nums, target)
	if len(res) == 2 {
		fmt.Println(res[0], res[1])
	} else {
		fmt.Println(-1)
	}
}
