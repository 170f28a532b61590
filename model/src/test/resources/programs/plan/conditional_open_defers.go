// Defers inside if/else branches are still open-coded; only the taken branches' bits are set, so exactly those run, LIFO.
package main

import "fmt"

func f(a, b bool) {
	defer fmt.Println("always first registered")
	if a {
		defer fmt.Println("a")
	} else {
		defer fmt.Println("not a")
	}
	if b {
		defer fmt.Println("b")
	}
	fmt.Println("body", a, b)
}

func main() {
	f(true, false)
	f(false, true)
}
