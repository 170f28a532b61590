// #73916 shape: a deferred named func with an argument whose inlined helper calls recover must NOT recover; 1.22/1.23 wrongly do.
// toolchain-bug: #73916
package main

import "fmt"

func helper() {
	fmt.Println("helper recover:", recover())
}

func F(n int) {
	helper()
}

func main() {
	defer fmt.Println("main defer runs")
	defer F(1)
	panic("should crash")
}
