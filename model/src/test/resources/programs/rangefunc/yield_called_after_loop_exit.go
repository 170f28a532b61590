// needs: go1.23
package main

import "fmt"

var saved func(int) bool

// The iterator keeps yield and the program calls it after the loop is over: the runtime panics "range
// function continued iteration after whole loop exit".
func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

func main() {
	for v := range keep {
		fmt.Println("body", v)
	}
	fmt.Println("loop over")
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	saved(2)
}
