// Reading through a nil pointer panics with the nil-dereference runtime error; in a defer argument it panics at the defer statement.
package main

import "fmt"

func read(p *int) (n int) {
	defer func() { fmt.Println("read recovered:", recover()) }()
	n = 5
	return *p + 1
}

func deferArg() {
	defer func() { fmt.Println("deferArg recovered:", recover()) }()
	var p *string
	defer fmt.Println("never deferred", *p)
	fmt.Println("not reached")
}

func tuple() (bad bool, n int) {
	defer func() { recover() }()
	var p *int
	bad, n = true, *p
	return
}

func main() {
	fmt.Println(read(nil))
	deferArg()
	fmt.Println(tuple())
}
