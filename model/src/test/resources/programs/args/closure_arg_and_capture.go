// A deferred closure with a parameter gets the value at the defer statement, its captures get the final value.
package main

import "fmt"

func main() {
	n := 10
	s := "start"
	defer func(copied int) {
		fmt.Println("param:", copied, "captured:", n, s)
	}(n)
	n = 20
	s = "end"
}
