// #14725 shape without slices: a named result set by a recovering defer registered in a loop is returned (1, not 0).
package main

import "fmt"

func f() (x int) {
	for {
		defer func() {
			recover()
			x = 1
		}()
		panic(nil)
	}
}

func g() (x int) {
	for i := 0; i < 1; i++ {
		defer func() {
			recover()
			x = 1
		}()
	}
	panic("p")
}

func main() {
	fmt.Println(f(), g())
}
