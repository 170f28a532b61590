// A deferred closure reads the named result already set by `return 42` (issue9738 shape).
package main

import "fmt"

func f() (x int) {
	defer func() {
		fmt.Println("defer sees", x)
		if x != 42 {
			fmt.Println("BUG")
		}
	}()
	return 42
}

func main() {
	fmt.Println("f returned", f())
}
