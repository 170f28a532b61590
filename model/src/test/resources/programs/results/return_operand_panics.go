// If evaluating a return operand panics and it is recovered, unnamed results are zero and named ones keep their values.
package main

import "fmt"

var zero = 0

func unnamed() (int, string) {
	defer func() { fmt.Println("unnamed recovered:", recover()) }()
	return 7, fmt.Sprint(1 / zero)
}

func named() (a int, s string) {
	defer func() { fmt.Println("named recovered:", recover()) }()
	a = 3
	s = "kept"
	return 7, fmt.Sprint(1 / zero)
}

func main() {
	x, y := unnamed()
	fmt.Println(x, "["+y+"]")
	x, y = named()
	fmt.Println(x, "["+y+"]")
}
