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

func countIslands(grid [][]byte) int {
	n, m := len(grid), len(grid[0])
	islands := 0
	stack := [][2]int{}
	for i := 0; i < n; i++ {
		for j := 0; j < m; j++ {
			if grid[i][j] != '#' {
				continue
			}
			islands++
			grid[i][j] = '.'
			stack = append(stack, [2]int{i, j})
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				for _, d := range [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					r, c := p[0]+d[0], p[1]+d[1]
					if r >= 0 && r < n && c >= 0 && c < m && grid[r][c] == '#' {
						grid[r][c] = '.'
						stack = append(stack, [2]int{r, c})
					}
				}
			}
		}
	}
	return islands
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	scanner.Scan()
	n, _ := strconv.Atoi(scanner.Text())
	scanner.Scan()
	grid := make([][]byte, n)
	for i := range grid {
		scanner.Scan()
		grid[i] = []byte(scanner.Text())
	}
	fmt.Println(countIslands(grid))
}
