package main

import "fmt"

// select {} blocks forever: once the worker is done, every goroutine is asleep.
func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		fmt.Println("worker runs")
	}()
	<-done
	defer fmt.Println("not reached")
	select {}
}
