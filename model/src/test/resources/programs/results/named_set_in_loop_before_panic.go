// A named result assigned in a loop before a panic is what the function returns after recovery (issue4066 shape).
package main

import "fmt"

var zero = 0

func f() (n int) {
	defer func() { recover() }()
	for i := 0; i < 5; i++ {
		n = i
		if i == 3 {
			n = n / zero
		}
	}
	return 100
}

func main() {
	fmt.Println(f())
}
