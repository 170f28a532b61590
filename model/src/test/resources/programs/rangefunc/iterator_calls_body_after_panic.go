// needs: go1.23
package main

import "fmt"

// The iterator recovers the body's panic and calls the body again: the runtime panics "range function
// continued iteration after loop body panic", and that panic crashes the program.
func again(yield func(int) bool) {
	defer func() {
		fmt.Println("iterator recovered:", recover())
		yield(99)
	}()
	yield(1)
}

func main() {
	for v := range again {
		fmt.Println("body", v)
		panic("first")
	}
}
