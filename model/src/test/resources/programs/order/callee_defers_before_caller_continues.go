// A callee's defers complete on its normal return before the caller's next statement runs.
package main

import "fmt"

func work(name string, v int) int {
	defer fmt.Println(name, "deferred")
	fmt.Println(name, "body")
	return v * 2
}

func main() {
	defer fmt.Println("main deferred")
	a := work("a", 1)
	b := work("b", 20)
	fmt.Println("sum", a+b)
}
