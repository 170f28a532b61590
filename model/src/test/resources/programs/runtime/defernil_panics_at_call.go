// Deferring a nil func does not panic at the defer statement; the body completes and the panic comes when the call runs (defernil shape).
package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var fn func()
	defer fn()
	fmt.Println("body still runs")
}
