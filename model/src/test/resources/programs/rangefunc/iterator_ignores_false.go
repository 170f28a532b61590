// needs: go1.23
package main

import "fmt"

// The body said stop (break returns false to yield), yet the iterator calls it again: the runtime panics
// "range function continued iteration after function for loop body returned false".
func stubborn(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		ok := yield(i)
		fmt.Println("yield returned", ok)
	}
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, isErr := r.(error)
		fmt.Println(isErr, err)
	}()
	for i := range stubborn {
		fmt.Println("body", i)
		break
	}
	fmt.Println("not reached")
}
