// runtime.Goexit in main runs main's defers, then the runtime reports a deadlock fatal error, exit 2.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer fmt.Println("deferred 1")
	defer println("deferred 2 (stderr)")
	runtime.Goexit()
	fmt.Println("not reached")
}
