// needs: go1.23
package main

import "fmt"

// The iterator's own deferred function recovers the body's panic and panics again: the loop is left by
// that new panic, which the caller's deferred recover sees.
func guarded(yield func(int) bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("iterator recovered:", r)
			panic(fmt.Sprintf("wrapped(%v)", r))
		}
	}()
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func run() {
	defer func() {
		fmt.Println("run recovered:", recover())
	}()
	for i := range guarded {
		fmt.Println("body", i)
		if i == 1 {
			panic("boom")
		}
	}
	fmt.Println("not reached")
}

func main() {
	run()
	fmt.Println("main continues")
}
