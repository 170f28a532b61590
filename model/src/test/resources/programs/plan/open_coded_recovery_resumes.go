// Recovery into an open-coded frame resumes its remaining open defers (deferreturn), then returns the named result.
package main

import "fmt"

func f() (r string) {
	defer func() { r += " d1" }()
	defer func() { r += " d2" }()
	defer func() {
		recover()
		r += " recovered"
	}()
	defer func() { r += " d4" }()
	r = "start"
	panic("x")
}

func main() {
	fmt.Println(f())
}
