package main

import "fmt"

// Closing a closed channel panics; the receivers still get the buffered values, then the zero value.
func main() {
	c := make(chan string, 2)
	c <- "a"
	close(c)
	defer func() {
		v, ok := <-c
		fmt.Println(v, ok)
		v, ok = <-c
		fmt.Printf("%q %v\n", v, ok)
	}()
	close(c)
}
