// A deferred Goexit during a panic: defers below it run with recover() nil and the program ends in the Goexit deadlock.
package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer runtime.Goexit()
	panic("p")
}

func main() {
	defer func() { fmt.Println("main recover:", recover()) }()
	f()
	fmt.Println("not reached")
}
