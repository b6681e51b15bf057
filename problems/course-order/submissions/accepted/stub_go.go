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

type intHeap []int

func (h intHeap) Len() int            { return len(h) }
func (h intHeap) Less(i, j int) bool  { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x interface{}) { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func courseOrder(n int, prereq [][2]int) []int {
	adj := make([][]int, n+1)
	indeg := make([]int, n+1)
	for _, p := range prereq {
		adj[p[0]] = append(adj[p[0]], p[1])
		indeg[p[1]]++
	}
	h := &intHeap{}
	for v := 1; v <= n; v++ {
		if indeg[v] == 0 {
			heap.Push(h, v)
		}
	}
	order := []int{}
	for h.Len() > 0 {
		u := heap.Pop(h).(int)
		order = append(order, u)
		for _, v := range adj[u] {
			indeg[v]--
			if indeg[v] == 0 {
				heap.Push(h, v)
			}
		}
	}
	if len(order) != n {
		return []int{}
	}
	return order
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() int {
		scanner.Scan()
		v, _ := strconv.Atoi(scanner.Text())
		return v
	}
	n, m := next(), next()
	prereq := make([][2]int, m)
	for i := range prereq {
		prereq[i] = [2]int{next(), next()}
	}
	order := courseOrder(n, prereq)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	if len(order) == 0 {
		out.WriteString("IMPOSSIBLE\n")
		return
	}
	for i, c := range order {
		if i > 0 {
			out.WriteByte(' ')
		}
		out.WriteString(strconv.Itoa(c))
	}
	out.WriteByte('\n')
}
