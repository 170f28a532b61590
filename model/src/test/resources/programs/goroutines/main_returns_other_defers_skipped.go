package main

import "fmt"

// When main returns the program ends at once: a goroutine still blocked never runs its deferred calls.
func main() {
	defer fmt.Println("main's deferred call")
	started := make(chan bool)
	go func() {
		defer fmt.Println("not reached")
		started <- true
		var never chan int
		<-never
	}()
	<-started
	fmt.Println("main returns")
}
