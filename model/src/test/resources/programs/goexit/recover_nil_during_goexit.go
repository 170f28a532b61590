// During Goexit every defer runs and recover() returns nil in them.
package main

import (
	"fmt"
	"runtime"
)

func f() {
	defer func() { fmt.Println("f defer recover:", recover()) }()
	runtime.Goexit()
}

func main() {
	defer func() { fmt.Println("main defer recover:", recover()) }()
	f()
	fmt.Println("not reached")
}
