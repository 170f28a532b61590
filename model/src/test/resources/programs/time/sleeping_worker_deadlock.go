package main

import (
	"fmt"
	"time"
)

// A sleeping goroutine is not asleep in checkdead's sense: main waits for it; once it has woken and returned,
// main's receive can never complete.
func main() {
	c := make(chan int)
	go func() {
		defer fmt.Println("worker's deferred call")
		time.Sleep(time.Second)
	}()
	<-c
}
