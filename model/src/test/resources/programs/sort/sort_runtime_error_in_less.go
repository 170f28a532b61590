package main

import (
	"fmt"
	"sort"
)

// A less function that indexes out of range raises a runtime error inside sort.Slice; the defers of the
// less call, of the sorting function and of main all run, innermost first, and the crash names the error.
func sortPairs(xs []int) {
	defer fmt.Println("sortPairs unwinds with", xs)
	sort.Slice(xs, func(i, j int) bool {
		defer fmt.Println("less", i, j)
		return xs[i+1] < xs[j]
	})
}

func main() {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println("main recovered:", r, ok)
		panic(err)
	}()
	sortPairs([]int{4, 3, 2, 1})
}
