// #40629 shape: a function with open-coded defers whose end is unreachable (endless loop left only by a panic).
package main

import "fmt"

func spin(limit int) (n int) {
	defer func() {
		fmt.Println("recovered:", recover(), "n =", n)
	}()
	defer fmt.Println("second defer")
	for {
		n++
		if n == limit {
			panic(fmt.Sprint("limit ", limit))
		}
	}
}

func main() {
	fmt.Println(spin(5))
}
