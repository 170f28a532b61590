// Defers registered inside a deferred function run when that function returns, before the outer remaining defers.
package main

import "fmt"

func main() {
	defer fmt.Println("outer 1")
	defer func() {
		defer fmt.Println("nested a")
		defer fmt.Println("nested b")
		fmt.Println("deferred body")
	}()
	defer fmt.Println("outer 2")
	fmt.Println("main body")
}
