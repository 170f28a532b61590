// After one deferred call recovered the panic, a later deferred call in the same frame gets nil.
package main

import "fmt"

func f() {
	defer func() { fmt.Println("outer defer:", recover()) }()
	defer func() { fmt.Println("inner defer:", recover()) }()
	panic("v")
}

func main() {
	f()
	fmt.Println("main continues")
}
