// When a deferred call panics, the frame's remaining defers and the callers' defers still run.
package main

import "fmt"

func f() {
	defer fmt.Println("f: defer 1")
	defer fmt.Println("f: defer 2")
	defer func() { panic("second") }()
	defer fmt.Println("f: defer 4")
	panic("first")
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	defer fmt.Println("main: defer")
	f()
}
