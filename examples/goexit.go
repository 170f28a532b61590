// runtime.Goexit runs every deferred call, recover() returns nil for it,
// and when main's goroutine exits this way the runtime reports a deadlock.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("main's defer still runs")
	defer func() {
		fmt.Println("recover during Goexit:", recover())
	}()
	runtime.Goexit()
}
