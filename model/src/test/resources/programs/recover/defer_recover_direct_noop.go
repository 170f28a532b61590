// `defer recover()` directly in the panicking function does not recover; the caller's deferred closure does.
package main

import "fmt"

func f() {
	defer recover()
	panic("direct")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	f()
	fmt.Println("not reached")
}
