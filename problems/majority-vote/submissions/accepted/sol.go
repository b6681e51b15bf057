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

// majorityVote sorts a copy: a majority value must occupy the middle position.
func majorityVote(votes []int) int {
	s := append([]int(nil), votes...)
	sort.Ints(s)
	mid := s[len(s)/2]
	total := 0
	for _, v := range s {
		if v == mid {
			total++
		}
	}
	if 2*total > len(s) {
		return mid
	}
	return -1
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
	votes := make([]int, n)
	for i := range votes {
		votes[i] = nextInt()
	}
	fmt.Println(majorityVote(votes))
}
