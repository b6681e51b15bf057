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

func countWays(n int, k int) int {
	const mod = 1000000007
	dp := make([]int, n+1)
	dp[0] = 1
	for i := 1; i <= n; i++ {
		s := 0
		for j := 1; j <= k && j <= i; j++ {
			s += dp[i-j]
		}
		dp[i] = s % mod
	}
	return dp[n]
}

func main() {
	var n, k int
	fmt.Fscan(bufio.NewReader(os.Stdin), &n, &k)
	fmt.Println(countWays(n, k))
}
