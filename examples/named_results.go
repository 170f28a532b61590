// Deferred closures can change named results, but not unnamed ones:
// return assigns the result slots first, then the defers run.
package main

import "fmt"

func named() (r int) {
	defer func() { r *= 10 }()
	return 5
}

func unnamed() int {
	r := 5
	defer func() { r *= 10 }()
	return r
}

func main() {
	fmt.Println(named(), unnamed())
}
