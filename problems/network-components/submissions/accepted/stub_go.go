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

type Solution struct {
	parent     []int
	components int
}

func Constructor(n int) Solution {
	p := make([]int, n+1)
	for i := range p {
		p[i] = i
	}
	return Solution{p, n}
}

func (s *Solution) find(x int) int {
	for s.parent[x] != x {
		s.parent[x] = s.parent[s.parent[x]]
		x = s.parent[x]
	}
	return x
}

func (s *Solution) Join(a int, b int) {
	ra, rb := s.find(a), s.find(b)
	if ra != rb {
		s.parent[ra] = rb
		s.components--
	}
}

func (s *Solution) IsConnected(a int, b int) bool {
	return s.find(a) == s.find(b)
}

func (s *Solution) ComponentCount() int {
	return s.components
}

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<20)
	scanner.Split(bufio.ScanWords)
	next := func() string {
		scanner.Scan()
		return scanner.Text()
	}
	n, _ := strconv.Atoi(next())
	q, _ := strconv.Atoi(next())
	network := Constructor(n)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for i := 0; i < q; i++ {
		op := next()
		a, _ := strconv.Atoi(next())
		b, _ := strconv.Atoi(next())
		if op == "union" {
			network.Join(a, b)
		} else if network.IsConnected(a, b) {
			out.WriteString("YES\n")
		} else {
			out.WriteString("NO\n")
		}
	}
	fmt.Fprintln(out, network.ComponentCount())
}
