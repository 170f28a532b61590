// While a panic unwinds, the innermost frame's defers run first, then each caller's, LIFO within a frame.
package main

import "fmt"

func inner() {
	defer fmt.Println("inner 1")
	defer fmt.Println("inner 2")
	panic("stop")
}

func middle() {
	defer fmt.Println("middle 1")
	defer fmt.Println("middle 2")
	inner()
	fmt.Println("middle: not reached")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	defer fmt.Println("main 1")
	middle()
	fmt.Println("main: not reached")
}
