// A panic raised and recovered entirely inside a deferred call leaves the original panic running (RecursivePanic3 shape).
package main

import "fmt"

func main() {
	defer func() {
		defer func() {
			fmt.Println("inner recovered:", recover())
		}()
		panic("second panic")
	}()
	panic("first panic")
}
