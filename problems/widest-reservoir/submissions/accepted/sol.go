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

// maxWater uses two pointers: the lower of the two end walls can never do better with a
// closer partner.
func maxWater(heights []int) int {
	i, j, best := 0, len(heights)-1, 0
	for i < j {
		low := heights[i]
		if heights[j] < low {
			low = heights[j]
		}
		if area := (j - i) * low; area > best {
			best = area
		}
		if heights[i] < heights[j] {
			i++
		} else {
			j--
		}
	}
	return best
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
	heights := make([]int, n)
	for i := range heights {
		heights[i] = nextInt()
	}
	fmt.Println(maxWater(heights))
}
