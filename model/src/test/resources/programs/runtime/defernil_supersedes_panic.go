// A nil deferred func invoked during a panic raises a new panic on top; recovering gets the nil-deref error (issue8047b shape).
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("again:", recover())
	}()
	var fn func()
	defer fn()
	panic("original")
}
