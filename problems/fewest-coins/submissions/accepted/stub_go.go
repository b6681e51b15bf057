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

func fewestCoins(coins []int, amount int) int {
	best := make([]int, amount+1)
	for s := 1; s <= amount; s++ {
		best[s] = -1
		for _, c := range coins {
			if c <= s && best[s-c] >= 0 && (best[s] < 0 || best[s-c]+1 < best[s]) {
				best[s] = best[s-c] + 1
			}
		}
	}
	return best[amount]
}

func main() {
	reader := bufio.NewReader(os.Stdin)
	var n, amount int
	fmt.Fscan(reader, &n, &amount)
	coins := make([]int, n)
	for i := range coins {
		fmt.Fscan(reader, &coins[i])
	}
	fmt.Println(fewestCoins(coins, amount))
}
