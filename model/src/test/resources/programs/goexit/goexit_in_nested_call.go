// Goexit deep in a call chain runs every frame's defers innermost first; no caller code after the call runs.
package main

import (
	"fmt"
	"runtime"
)

func down(n int) {
	defer fmt.Println("leave", n)
	if n == 0 {
		runtime.Goexit()
	}
	down(n - 1)
	fmt.Println("after call", n, "BUG")
}

func main() {
	defer fmt.Println("main defer")
	down(3)
}
