package main

import "fmt"

// The init statement's variables belong to the switch: a deferred closure captures the switch's x, which the
// taken case changes later; each clause has its own scope, so a := there shadows.
func run(start int) (res int) {
	counter := start
	next := func() int {
		counter++
		return counter
	}
	x := 100
	switch x := next(); {
	case x > 2:
		defer func() { res = x }()
		x := x * 10
		fmt.Println("inner x", x)
	default:
		defer func() { res = -x }()
		x++
	}
	fmt.Println("outer x", x)
	return 0
}

func main() {
	fmt.Println(run(0))
	fmt.Println(run(5))
}
