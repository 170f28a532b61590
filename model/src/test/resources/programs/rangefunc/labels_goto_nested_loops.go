// needs: go1.23
package main

import "fmt"

// Nested range-over-func loops with labeled break and continue of the outer loops, a goto out of the bodies
// and a return from the innermost body: each leaves the inner iterators in order.
func upTo(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  upTo", n, "returns")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func labels() {
Outer:
	for i := range upTo(3) {
		for j := range upTo(3) {
			if j == 1 {
				continue Outer
			}
			if i == 2 {
				break Outer
			}
			fmt.Println("pair", i, j)
		}
	}
	n := 0
Again:
	n++
	for i := range upTo(5) {
		for range upTo(2) {
			if i == n {
				goto Again
			}
		}
		if n == 3 {
			fmt.Println("n is 3 at i", i)
			break
		}
	}
	fmt.Println("n", n)
}

func search() (int, int) {
	for i := range upTo(4) {
		for j := range upTo(4) {
			if i*j == 2 {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	labels()
	fmt.Println(search())
}
