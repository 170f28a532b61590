// A defer in a for loop is heap-allocated on every version, even when the loop runs once; a defer after a break-only loop too.
package main

import "fmt"

func once() {
	for {
		defer fmt.Println("in endless-looking loop")
		break
	}
	defer fmt.Println("after the loop")
}

func condLoop(n int) {
	i := 0
	for i < n {
		defer fmt.Println("cond loop", i)
		i++
	}
}

func main() {
	once()
	condLoop(2)
}
