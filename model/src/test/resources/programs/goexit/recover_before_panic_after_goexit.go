// Goexit runs a panicking defer whose panic an earlier-deferred closure recovers; Goexit then resumes (RecoverBeforePanicAfterGoexit shape).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("runs last")
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	defer func() { panic("hello") }()
	runtime.Goexit()
}
