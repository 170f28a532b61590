// `return 5` assigns the unnamed result before defers run, so a deferred panic that is recovered still returns 5.
package main

import "fmt"

func f() int {
	defer func() { fmt.Println("recovered:", recover()) }()
	defer func() { panic("x") }()
	return 5
}

func main() {
	fmt.Println("f returned", f())
}
