package main

import "fmt"

// Closing a nil channel panics "close of nil channel".
func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		var c chan bool
		close(c)
	}()
	var c chan int
	close(c)
}
