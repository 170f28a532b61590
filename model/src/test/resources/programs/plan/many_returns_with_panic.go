// A non-open-coded frame (4 returns × 4 defers = 16 > 15) recovering a panic returns its named result through deferreturn.
package main

import "fmt"

func f(n int) (r int) {
	defer func() {
		if recover() != nil {
			r = -r
		}
	}()
	defer func() { r += 1 }()
	defer func() { r *= 2 }()
	defer func() { r += 100 }()
	if n == 0 {
		return 0
	}
	if n == 1 {
		return 1
	}
	if n == 2 {
		return 2
	}
	if n == 3 {
		return 3
	}
	r = n
	panic("big")
}

func main() {
	fmt.Println(f(1), f(5))
}
