// Four panics where the third is recovered by a nested defer: the crash shows only the unrecovered records, oldest first.
package main

import "fmt"

func main() {
	defer func() { panic("D") }()
	defer func() {
		defer func() { fmt.Println("inner recovered:", recover()) }()
		panic("C")
	}()
	defer func() { panic("B") }()
	panic("A")
}
