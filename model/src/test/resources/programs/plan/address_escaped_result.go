// A named result whose address escapes to a global moves to the heap, so its function's defer is not open-coded (issue14725 f2 shape); an address kept local changes nothing.
package main

import "fmt"

var sink *int

func escapes() (x int) {
	sink = &x
	defer func() {
		recover()
		x = 1
	}()
	panic("escapes")
}

func staysLocal() (x int) {
	p := &x
	defer func() {
		recover()
		x = 2
	}()
	panic(*p)
}

func main() {
	fmt.Println(escapes(), *sink, staysLocal())
}
