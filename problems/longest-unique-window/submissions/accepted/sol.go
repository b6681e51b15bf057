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

// longestUniqueWindow slides a window [left, right]; last[c] is the latest position of c.
func longestUniqueWindow(s string) (int, int) {
	var last [26]int
	for c := range last {
		last[c] = -1
	}
	left, best, bestStart := 0, 0, 0
	for right := 0; right < len(s); right++ {
		c := s[right] - 'a'
		if last[c] >= left {
			left = last[c] + 1
		}
		last[c] = right
		if right-left+1 > best {
			best, bestStart = right-left+1, left
		}
	}
	return best, bestStart + 1
}

func main() {
	r := bufio.NewReaderSize(os.Stdin, 1<<20)
	line, _ := r.ReadString('\n')
	s := strings.TrimSpace(line)
	length, start := longestUniqueWindow(s)
	fmt.Println(length, start)
}
