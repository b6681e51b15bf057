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

// tokens is a valid postfix expression: operators "+", "-", "*", "/" or integer
// literals such as "12" or "-7". Return its value (int is 64-bit here; Go's integer
// division already truncates toward zero).
func evaluate(tokens []string) int {
	stack := []int{}
	for _, t := range tokens {
		switch t {
		case "+", "-", "*", "/":
			a, b := stack[len(stack)-2], stack[len(stack)-1]
			stack = stack[:len(stack)-2]
			var v int
			switch t {
			case "+":
				v = a + b
			case "-":
				v = a - b
			case "*":
				v = a * b
			default:
				v = a / b
			}
			stack = append(stack, v)
		default:
			v, _ := strconv.Atoi(t)
			stack = append(stack, v)
		}
	}
	return stack[0]
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
	n := nextInt()
	tokens := make([]string, n)
	for i := range tokens {
		tokens[i] = nextToken()
	}
	fmt.Println(evaluate(tokens))
}
