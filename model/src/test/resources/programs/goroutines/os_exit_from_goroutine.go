package main

import (
	"fmt"
	"os"
)

// os.Exit in a goroutine other than main ends the whole program at once with its status: neither the worker's
// deferred calls nor main's run, and main, blocked in a receive, never goes on.
func main() {
	defer fmt.Println("main's deferred call: not reached")
	done := make(chan bool)
	go func() {
		defer fmt.Println("worker's deferred call: not reached")
		fmt.Println("worker exits with status 3")
		os.Exit(3)
	}()
	<-done
	fmt.Println("not reached")
}
