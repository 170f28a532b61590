// Closures built by a factory each hold their own captured variable; deferring them runs each with its own state.
package main

import "fmt"

func make1(name string) func() {
	calls := 0
	return func() {
		calls++
		fmt.Println(name, "call", calls)
	}
}

func main() {
	a := make1("a")
	b := make1("b")
	defer a()
	defer b()
	defer a()
	a()
}
