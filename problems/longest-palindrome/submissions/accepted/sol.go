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

// Return the leftmost longest palindromic substring of s.
func longestPalindrome(s string) string {
	n := len(s)
	bestLen, bestStart := 0, 0
	for c := 0; c < 2*n-1; c++ {
		l, r := c/2, c/2+c%2
		for l >= 0 && r < n && s[l] == s[r] {
			l--
			r++
		}
		if length := r - l - 1; length > bestLen || (length == bestLen && l+1 < bestStart) {
			bestLen, bestStart = length, l+1
		}
	}
	return s[bestStart : bestStart+bestLen]
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
	p := longestPalindrome(nextToken())
	fmt.Printf("%d\n%s\n", len(p), p)
}
