// One function with a loop defer (heap record) and straight-line defers (stack records): they interleave LIFO correctly.
package main

import "fmt"

func f() {
	defer fmt.Println("straight 1")
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i)
	}
	defer fmt.Println("straight 2")
	panic("mixed")
}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}
