// A function with an unnamed result that panics and recovers returns the zero value (bug266 shape).
package main

import "fmt"

func f() int {
	defer func() { recover() }()
	x := 12
	if x > 0 {
		panic("unwind")
	}
	return x
}

func g() (string, bool) {
	defer func() { recover() }()
	panic("unwind")
}

func main() {
	fmt.Println(f())
	s, b := g()
	fmt.Println("["+s+"]", b)
}
