package main

import "fmt"

// recover() returns nil in any goroutine but the panicking one: a goroutine started by a deferred call of the
// panicking main cannot stop main's panic.
func main() {
	result := make(chan interface{})
	defer func() {
		go func() {
			result <- recover()
		}()
		fmt.Println("recover in another goroutine:", <-result)
	}()
	panic("main's panic")
}
