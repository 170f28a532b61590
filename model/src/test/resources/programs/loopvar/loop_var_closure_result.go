// Deferred closures capturing the loop variable and writing a named result: the sum differs between ≤1.21 (9) and 1.22+ (3).
package main

import "fmt"

func f() (sum int) {
	for i := 0; i < 3; i++ {
		defer func() { sum += i }()
	}
	return 0
}

func main() {
	fmt.Println(f())
}
