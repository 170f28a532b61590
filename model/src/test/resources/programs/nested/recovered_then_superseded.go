// A deferred call that recovers A and then panics B crashes with `panic: A [recovered]` then `panic: B` (RecursivePanic4 shape).
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic("second panic")
	}()
	panic("first panic")
}
