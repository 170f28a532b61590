// A defer increments named results both after `a, b = y(); return` and after `return y()` (bug293 shape).
package main

import "fmt"

func y() (int, int) { return 1, 2 }

func viaAssign() (a, b int) {
	defer func() { a++; b++ }()
	a, b = y()
	return
}

func viaReturnCall() (a, b int) {
	defer func() { a++; b++ }()
	return y()
}

func main() {
	fmt.Println(viaAssign())
	fmt.Println(viaReturnCall())
}
