// An unrecovered panic raised by a defer during Goexit crashes with `panic: X`; the Goexit is not printed (PanicAfterGoexit shape).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("outer defer")
	defer func() { panic("hello") }()
	runtime.Goexit()
}
