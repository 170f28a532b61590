// Several defers modify one named result in LIFO order: ((1+2)*10)-1 = 29.
package main

import "fmt"

func f() (r int) {
	defer func() { r -= 1 }()
	defer func() { r *= 10 }()
	defer func() { r += 2 }()
	return 1
}

func main() {
	fmt.Println(f())
}
