// #29226 shape: a recursive panic recovered during Goexit must not stop the Goexit; code after the call never runs.
package main

import (
	"fmt"
	"runtime"
)

func worker() {
	defer func() {
		fmt.Println("worker recovered:", recover())
	}()
	func() {
		defer func() { panic("during goexit") }()
		runtime.Goexit()
	}()
	fmt.Println("BUG: worker continued after Goexit")
}

func main() {
	defer fmt.Println("main defer")
	worker()
	fmt.Println("BUG: main continued after Goexit")
}
