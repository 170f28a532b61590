// A recovered panic superseded by a new panic in the same deferred call; an outer frame recovers the new one.
package main

import "fmt"

func f() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("wrap: ", r))
	}()
	panic("bad")
}

func main() {
	defer func() {
		fmt.Println("main got:", recover())
	}()
	f()
}
