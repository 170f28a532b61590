// needs: go1.23
package main

import "fmt"

// How range over func changes gc's plan (go build -gcflags=-d=defer): a defer in the body is a heap record
// (runtime.deferprocat) and keeps the enclosing function from open-coding its own defers, which become stack
// records; a return in the body adds one return to the enclosing function's count (the rewrite's
// "if #next == -1 { return }"), here 3 + 1 returns times 4 defers > 15; a body without either leaves it open-coded.
func each(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func deferInBody() {
	defer fmt.Println("deferInBody's own defer")
	for v := range each {
		defer fmt.Println("body defer", v)
	}
}

func fourDefers(x int) int {
	defer fmt.Println("a")
	defer fmt.Println("b")
	defer fmt.Println("c")
	defer fmt.Println("d")
	if x == 1 {
		return 1
	}
	if x == 2 {
		return 2
	}
	for v := range each {
		if v == x {
			return v
		}
	}
	return 0
}

func plainBody() (sum int) {
	defer fmt.Println("plainBody's defer")
	for v := range each {
		sum += v
	}
	return
}

func main() {
	deferInBody()
	fmt.Println(fourDefers(1))
	fmt.Println(plainBody())
}
