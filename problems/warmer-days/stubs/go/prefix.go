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

