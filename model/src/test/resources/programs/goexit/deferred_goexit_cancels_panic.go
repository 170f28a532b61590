// `defer runtime.Goexit()` in a panicking goroutine cancels the panic: later recover() gets nil, no crash (#35378).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() { fmt.Println("outer recover:", recover()) }()
	defer runtime.Goexit()
	defer fmt.Println("runs before Goexit")
	panic("bye")
}
