package main

import "fmt"

// range over a channel receives until the channel is closed and drained; a producer's deferred close ends the
// consumer's loop even when the producer panics and recovers.
func produce(n int, out chan<- int) {
	defer close(out)
	defer func() {
		fmt.Println("producer recovered:", recover())
	}()
	for i := 1; ; i++ {
		if i > n {
			panic("done producing")
		}
		out <- i * i
	}
}

func main() {
	c := make(chan int, 2)
	go produce(4, c)
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println("sum", sum, len(c), cap(c))
	for range c {
		fmt.Println("not reached")
	}
}
