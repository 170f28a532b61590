// TestDeferWithRepeatedRepanics shape: recursive frames that recover and re-panic again and again leave no stale defers.
package main

import "fmt"

func level(n int) {
	defer func() {
		r := recover()
		if n > 0 {
			panic(fmt.Sprint(r, "<", n))
		}
		fmt.Println("bottom recovered:", r)
	}()
	if n < 4 {
		level(n + 1)
		return
	}
	panic("deep")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	level(0)
	fmt.Println("level returned")
	level(1)
}
