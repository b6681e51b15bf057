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

// removeDuplicates uses two pointers: nums[:k] is the distinct prefix built so far.
func removeDuplicates(nums []int) int {
	k := 0
	for _, x := range nums {
		if k == 0 || x != nums[k-1] {
			nums[k] = x
			k++
		}
	}
	return k
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
	nums := make([]int, n)
	for i := range nums {
		nums[i] = nextInt()
	}
	k := removeDuplicates(nums)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	w.WriteString(strconv.Itoa(k))
	w.WriteByte('\n')
	for i := 0; i < k; i++ {
		if i > 0 {
			w.WriteByte(' ')
		}
		w.WriteString(strconv.Itoa(nums[i]))
	}
	w.WriteByte('\n')
}
