// recover() called from a helper of the deferred function returns nil; the panic keeps going.
package main

import "fmt"

func helper() any {
	return recover()
}

func f() {
	defer func() {
		fmt.Println("helper got:", helper())
	}()
	panic("p1")
}

func main() {
	defer func() {
		fmt.Println("main got:", recover())
	}()
	f()
	fmt.Println("not reached")
}
