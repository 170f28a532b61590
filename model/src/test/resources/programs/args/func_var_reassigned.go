// `f := a; defer f(); f = b` calls a: the function value is captured at the defer statement.
package main

import "fmt"

func a() { fmt.Println("a called") }
func b() { fmt.Println("b called") }

func main() {
	f := a
	defer f()
	f = b
	f()
}
