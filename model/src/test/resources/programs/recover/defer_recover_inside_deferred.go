// `defer recover()` inside a deferred function D does recover the panic that is running D.
package main

import "fmt"

func f() {
	defer func() {
		defer recover()
		fmt.Println("in D")
	}()
	panic("caught by defer recover()")
}

func main() {
	f()
	fmt.Println("f returned normally")
}
