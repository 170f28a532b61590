package main

import "fmt"

// A select without default waits until one of its cases can go on; break leaves the select, a labeled break
// the loop around it. A receive case may declare its variables with :=.
func main() {
	c := make(chan int)
	quit := make(chan bool)
	go func() {
		defer close(quit)
		for i := 0; i < 3; i++ {
			fmt.Println("received", <-c)
		}
	}()
	x := 10
loop:
	for {
		select {
		case c <- x:
			x++
		case _, ok := <-quit:
			fmt.Println("quit closed:", !ok)
			break loop
		}
	}
	fmt.Println("x =", x)
}
