// recover() returns the newest panic (B); after recovering B, the older panic A is gone and execution continues.
package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("recovered:", recover())
		fmt.Println("again:", recover())
	}()
	defer func() {
		panic("B")
	}()
	panic("A")
}

func main() {
	f()
	fmt.Println("main continues")
}
