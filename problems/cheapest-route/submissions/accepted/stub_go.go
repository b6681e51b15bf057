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

type item struct{ d, v int }
type minHeap []item

func (h minHeap) Len() int            { return len(h) }
func (h minHeap) Less(i, j int) bool  { return h[i].d < h[j].d }
func (h minHeap) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x interface{}) { *h = append(*h, x.(item)) }
func (h *minHeap) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func cheapestRoutes(n int, edges [][3]int) []int {
	adj := make([][][2]int, n+1)
	for _, e := range edges {
		adj[e[0]] = append(adj[e[0]], [2]int{e[1], e[2]})
	}
	dist := make([]int, n+1)
	for i := range dist {
		dist[i] = -1
	}
	h := &minHeap{{0, 1}}
	for h.Len() > 0 {
		t := heap.Pop(h).(item)
		if dist[t.v] != -1 {
			continue
		}
		dist[t.v] = t.d
		for _, e := range adj[t.v] {
			if dist[e[0]] == -1 {
				heap.Push(h, item{t.d + e[1], e[0]})
			}
		}
	}
	return dist[1:]
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
	edges := make([][3]int, m)
	for i := range edges {
		edges[i] = [3]int{next(), next(), next()}
	}
	dist := cheapestRoutes(n, edges)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for j, d := range dist {
		if j > 0 {
			out.WriteByte(' ')
		}
		out.WriteString(strconv.Itoa(d))
	}
	out.WriteByte('\n')
}
