// Nested argument calls of a deferred call run left to right, innermost first, all at the defer statement.
package main

import "fmt"

func trace(s string, v int) int {
	fmt.Println("eval", s)
	return v
}

func sum3(a, b, c int) {
	fmt.Println("deferred sum3:", a+b+c)
}

func main() {
	defer sum3(trace("a", 1), trace("b", trace("b-inner", 2)), trace("c", 3))
	fmt.Println("body")
}
