// One defer recovers the first panic, the next defer panics again; an outer recover gets the second; then main panics (RecursivePanic2 shape).
package main

import "fmt"

func g() {
	defer func() { panic("second panic") }()
	defer func() { fmt.Println(recover()) }()
	panic("first panic")
}

func f() {
	defer func() { fmt.Println(recover()) }()
	g()
}

func main() {
	f()
	panic("third panic")
}
