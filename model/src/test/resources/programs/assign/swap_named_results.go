package main

import "fmt"

// A tuple assignment evaluates every right-hand operand before it assigns anything, so a, b = b, a swaps;
// a deferred closure reads the named results after the swap, after return b, a and after a recovery.
func swap(x, y int) (a, b int) {
	defer func() { fmt.Println("  deferred sees", a, b) }()
	a, b = x, y
	a, b = b, a
	return
}

func swapReturn(x, y int) (a, b int) {
	defer func() { a, b = b*10, a*10 }()
	a, b = x, y
	return b, a
}

func swapThenPanic(x, y int) (a, b int) {
	defer func() {
		r := recover()
		fmt.Println("  recovered", r, "with", a, b)
		a, b = b, a
	}()
	a, b = x, y
	a, b = b, a
	panic("after the swap")
}

func fib(n int) (x, y int) {
	x, y = 0, 1
	for i := 0; i < n; i++ {
		x, y = y, x+y
	}
	return
}

func main() {
	fmt.Println(swap(1, 2))
	fmt.Println(swapReturn(1, 2))
	fmt.Println(swapThenPanic(1, 2))
	fmt.Println(fib(10))
	a, a2, _ := 1, 2, 3
	a, a = a2, a
	fmt.Println("a, a = a2, a gives", a)
}
