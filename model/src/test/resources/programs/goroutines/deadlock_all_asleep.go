package main

import "fmt"

// When every goroutine waits for another, the runtime ends the program: "all goroutines are asleep", exit 2.
// No deferred call runs.
func main() {
	defer fmt.Println("not reached")
	a := make(chan int)
	b := make(chan int)
	go func() {
		defer fmt.Println("not reached either")
		<-a
		b <- 1
	}()
	fmt.Println("main waits")
	<-b
	a <- 1
}
