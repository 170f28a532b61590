package main

import "fmt"

// Statements of the whole Go grammar; what the model does not run is refused by name.
func main() {
	ch := make(chan<- int, 1)
	go func() { ch <- 1 }()
	select {
	case v := <-make(chan int):
		_ = v
	default:
	}
	x := []int{1, 2, 3}[1:2:3]
	fmt.Println(x)
}
