// A recursive closure stored in a variable defers one call per level; they unwind innermost first.
package main

import "fmt"

func main() {
	var rec func(n int)
	rec = func(n int) {
		defer fmt.Println("unwind", n)
		if n > 0 {
			rec(n - 1)
		}
	}
	rec(3)
}
