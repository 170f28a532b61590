package main

import "fmt"

// A select with default takes it when no case can go on now; a case on a nil channel never can. A receive
// from a closed channel always can.
func main() {
	var never chan int
	select {
	case never <- 1:
		fmt.Println("not reached")
	case v := <-never:
		fmt.Println("not reached", v)
	default:
		fmt.Println("default: nil channels are never ready")
	}
	c := make(chan string, 1)
	select {
	case s := <-c:
		fmt.Println("not reached", s)
	default:
		fmt.Println("default: the buffer is empty")
	}
	c <- "buffered"
	select {
	case s, ok := <-c:
		fmt.Println(s, ok)
	default:
		fmt.Println("not reached")
	}
	close(c)
	select {
	case s, ok := <-c:
		fmt.Printf("%q %v\n", s, ok)
	default:
		fmt.Println("not reached")
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	select {
	case c <- "again":
	default:
	}
}
