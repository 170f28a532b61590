// Goexit in a function with named results: its defers see and change the results, but no caller ever receives them.
package main

import (
	"fmt"
	"runtime"
)

func f() (r int) {
	defer func() {
		r++
		fmt.Println("f defer sees r =", r)
	}()
	r = 41
	runtime.Goexit()
	return 0
}

func main() {
	defer fmt.Println("main defer")
	v := f()
	fmt.Println("got", v)
}
