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

// anagramGroups keys each word by how many times each letter occurs.
func anagramGroups(words []string) (int, int) {
	count := make(map[[26]byte]int, len(words))
	largest := 0
	for _, w := range words {
		var key [26]byte
		for i := 0; i < len(w); i++ {
			key[w[i]-'a']++
		}
		count[key]++
		if count[key] > largest {
			largest = count[key]
		}
	}
	return len(count), largest
}

func main() {
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	sc.Split(bufio.ScanWords)
	sc.Scan()
	n, _ := strconv.Atoi(sc.Text())
	words := make([]string, n)
	for i := range words {
		sc.Scan()
		words[i] = sc.Text()
	}
	groups, largest := anagramGroups(words)
	fmt.Println(groups, largest)
}
