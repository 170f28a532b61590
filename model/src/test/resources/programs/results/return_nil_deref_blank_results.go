// `return true, *p` with a nil p: recovered, blank-named and unnamed results are zero, named ones keep their values (issue43835 shape).
package main

import "fmt"

func blank() (_ bool, _ int) {
	defer func() { recover() }()
	var p *int
	return true, *p
}

func unnamed() (bool, int) {
	defer func() { recover() }()
	var p *int
	return true, *p
}

func named() (ok bool, n int) {
	defer func() { recover() }()
	ok, n = true, 3
	var p *int
	return false, *p
}

func main() {
	fmt.Println(blank())
	fmt.Println(unnamed())
	fmt.Println(named())
}
