package main

import "fmt"

// A panic no deferred call of its goroutine recovers crashes the whole program once that goroutine's deferred
// calls have run; main's deferred calls, and its recover, never run.
func worker(done chan bool) {
	defer fmt.Println("worker's deferred call runs")
	panic("worker failed")
}

func main() {
	defer func() {
		fmt.Println("main recovers", recover())
	}()
	done := make(chan bool)
	go worker(done)
	<-done
	fmt.Println("not reached")
}
