// needs: go1.23
package main

import "fmt"

// A defer in the body of a range-over-func loop belongs to the enclosing function: it runs when work
// returns, in LIFO order with work's own defers, after the loop and the iterator are long done.
func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func work() {
	defer fmt.Println("work: first defer")
	for i := range count(3) {
		defer fmt.Println("body defer", i)
		fmt.Println("body", i)
	}
	defer fmt.Println("work: last defer")
	fmt.Println("work returns")
}

func main() {
	work()
	fmt.Println("main")
}
