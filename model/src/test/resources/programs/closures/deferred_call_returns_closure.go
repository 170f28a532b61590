// `defer f()()` calls f at the defer statement and defers the closure it returns, which reads the named result late (issue32175 shape).
package main

import "fmt"

func f() (x int) {
	defer func() func() {
		fmt.Println("outer call at defer statement, x =", x)
		return func() {
			fmt.Println("inner deferred closure, x =", x)
		}
	}()()
	return 42
}

func main() {
	fmt.Println("f returned", f())
}
