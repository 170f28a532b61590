package main

import (
	"fmt"
	"runtime"
)

var started = start()

func start() bool {
	fmt.Println("variables initialized")
	return true
}

// runtime.Goexit in an init function runs its defers and ends the main goroutine before main: the runtime
// then reports the deadlock, as for Goexit in main.
func init() {
	defer fmt.Println("init: deferred")
	defer func() {
		fmt.Println("init: recover gives", recover())
	}()
	runtime.Goexit()
}

func main() {
	fmt.Println("main never runs", started)
}
