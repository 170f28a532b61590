// needs: go1.23
package main

import "fmt"

// An iterator that recovers a panic of the loop body and returns normally: the loop cannot go on as if
// nothing happened, so the runtime panics "range function recovered a loop body panic and did not resume
// panicking" where the loop statement is.
func swallow(yield func() bool) {
	defer func() {
		fmt.Println("iterator swallowed:", recover())
	}()
	yield()
}

func main() {
	defer fmt.Println("main's defer runs")
	for range swallow {
		panic("from the body")
	}
	fmt.Println("not reached")
}
