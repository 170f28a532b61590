// `defer panic(v)` evaluates v at the defer statement; the panic happens when the deferred call runs.
package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	v := "early"
	defer panic(v)
	v = "late"
	fmt.Println("body done, v =", v)
}

func main() {
	f()
	fmt.Println("main continues")
}
