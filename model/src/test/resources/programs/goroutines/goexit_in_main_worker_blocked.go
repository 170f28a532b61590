package main

import (
	"fmt"
	"runtime"
)

// After main's Goexit, a worker blocked forever leaves every goroutine asleep: the deadlock fatal error, not the
// Goexit one.
func main() {
	never := make(chan int)
	go func() {
		defer fmt.Println("not reached")
		never <- 1
	}()
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
}
