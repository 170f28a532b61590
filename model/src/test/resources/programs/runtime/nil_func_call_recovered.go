// Calling a nil func value panics with a nil pointer dereference runtime error, which can be recovered.
package main

import "fmt"

var fn func(int) int

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println("calling nil func")
	fmt.Println(fn(1))
}
