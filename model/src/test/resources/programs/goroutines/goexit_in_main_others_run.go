package main

import (
	"fmt"
	"runtime"
)

// runtime.Goexit in main runs main's deferred calls and leaves the other goroutines running; once they are all
// done the program ends with a fatal error.
func main() {
	start := make(chan bool)
	go func() {
		<-start
		defer fmt.Println("worker's deferred call")
		fmt.Println("worker runs after main's Goexit")
	}()
	defer close(start)
	defer fmt.Println("main's deferred call")
	runtime.Goexit()
}
