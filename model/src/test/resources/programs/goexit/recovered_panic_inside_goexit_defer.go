// A panic raised and recovered inside one deferred call during Goexit; Goexit continues to the deadlock (RecoveredPanicAfterGoexit shape).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("outer defer")
	defer func() {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		panic("hello")
	}()
	runtime.Goexit()
}
