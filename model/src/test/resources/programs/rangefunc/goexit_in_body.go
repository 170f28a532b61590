// needs: go1.23
package main

import (
	"fmt"
	"runtime"
)

// runtime.Goexit in the body: the iterator's defers run, then the enclosing function's, including the one
// the body registered, and the goroutine ends.
func items(yield func(string) bool) {
	defer fmt.Println("iterator's defer")
	yield("x")
	fmt.Println("not reached")
}

func worker(done chan bool) {
	defer close(done)
	defer fmt.Println("worker's defer")
	for s := range items {
		defer fmt.Println("body's defer for", s)
		runtime.Goexit()
	}
	fmt.Println("not reached")
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
	fmt.Println("main done")
}
