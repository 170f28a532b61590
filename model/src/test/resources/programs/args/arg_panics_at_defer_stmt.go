// If evaluating a deferred call's argument panics, the panic happens at the defer statement; earlier defers still run.
package main

import "fmt"

var zero = 0

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer fmt.Println("earlier defer runs")
	defer fmt.Println("never registered", 10/zero)
	fmt.Println("not reached")
}
