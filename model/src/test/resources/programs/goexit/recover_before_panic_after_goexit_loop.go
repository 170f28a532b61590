// The same as recover_before_panic_after_goexit but with loop defers forcing records (RecoverBeforePanicAfterGoexit2 shape).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	for i := 0; i < 2; i++ {
		defer fmt.Println("loop defer", i)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	defer func() { panic("hello") }()
	runtime.Goexit()
}
