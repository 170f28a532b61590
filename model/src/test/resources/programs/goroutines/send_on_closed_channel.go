package main

import "fmt"

// A send on a closed channel panics with an error whose text has no "runtime error:" prefix; it can be
// recovered, and unrecovered it crashes.
func send(c chan int) {
	defer func() {
		err, isError := recover().(error)
		fmt.Println("recovered:", err.Error(), isError)
	}()
	c <- 1
}

func main() {
	c := make(chan int, 1)
	close(c)
	send(c)
	v, ok := <-c
	fmt.Println(v, ok)
	c <- 2
}
