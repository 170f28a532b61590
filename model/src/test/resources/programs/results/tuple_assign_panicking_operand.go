// A tuple assignment whose operand panics assigns nothing: the named result stays false (issue43835 shape).
package main

import "fmt"

var zero = 0

func f() (bad bool, n int) {
	defer func() { recover() }()
	bad, n = true, 1/zero
	return
}

func main() {
	fmt.Println(f())
}
