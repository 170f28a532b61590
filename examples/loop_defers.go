// A loop of n defers: every iteration needs its own record, whatever the Go
// version, so the compiler heap-allocates them all. Compare with
// ./defercheck run --cost --go 1.22 examples/loop_defers.go
package main

import "fmt"

var closed int

func release(i int) { closed++ }

func drain(n int) {
	for i := 0; i < n; i++ {
		defer release(i)
	}
}

func main() {
	drain(1000)
	fmt.Println("closed", closed)
}
