package main

import "fmt"

// A send to or receive from a nil channel blocks forever; with nothing else to run it is a deadlock.
func main() {
	var c chan int
	fmt.Println(len(c), cap(c), c == nil)
	go func() {
		c <- 1
	}()
	<-c
}
