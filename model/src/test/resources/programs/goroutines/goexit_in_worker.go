package main

import (
	"fmt"
	"runtime"
)

// runtime.Goexit in a worker runs the worker's deferred calls (recover sees no panic) and ends only that
// goroutine; main goes on.
func leave() {
	defer fmt.Println("leave's deferred call")
	runtime.Goexit()
	fmt.Println("not reached")
}

func main() {
	done := make(chan string)
	go func() {
		defer func() {
			fmt.Println("worker recover:", recover())
			done <- "worker finished its deferred calls"
		}()
		leave()
	}()
	fmt.Println(<-done)
	fmt.Println("main returns")
}
