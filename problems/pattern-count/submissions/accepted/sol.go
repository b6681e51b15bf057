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

// Return the number of (possibly overlapping) occurrences of pattern in text.
func countOccurrences(text, pattern string) int {
	n, m := len(text), len(pattern)
	if m > n {
		return 0
	}
	fail := make([]int, m)
	for i, k := 1, 0; i < m; i++ {
		for k > 0 && pattern[k] != pattern[i] {
			k = fail[k-1]
		}
		if pattern[k] == pattern[i] {
			k++
		}
		fail[i] = k
	}
	found := 0
	for i, k := 0, 0; i < n; i++ {
		for k > 0 && pattern[k] != text[i] {
			k = fail[k-1]
		}
		if pattern[k] == text[i] {
			k++
		}
		if k == m {
			found++
			k = fail[k-1]
		}
	}
	return found
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
	text := nextToken()
	pattern := nextToken()
	fmt.Println(countOccurrences(text, pattern))
}
