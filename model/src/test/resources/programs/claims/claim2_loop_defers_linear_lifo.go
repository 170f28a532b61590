// Claim 2 (loop defers: heap records prepended and popped at the head, not a list appended to): 1000 loop defers run exactly in reverse.
package main

import "fmt"

var expect = 999
var bad = 0

func check(i int) {
	if i != expect {
		bad++
	}
	expect--
}

func run(n int) {
	for i := 0; i < n; i++ {
		defer check(i)
	}
}

func main() {
	run(1000)
	fmt.Println("next expected", expect, "mismatches", bad)
}
