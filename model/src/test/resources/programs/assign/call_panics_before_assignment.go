package main

import "fmt"

func two(fail bool) (int, int) {
	if fail {
		panic("two failed")
	}
	return 20, 30
}

func boom() int {
	panic("boom")
}

// Nothing of a tuple assignment is assigned when evaluating its right side panics: a deferred closure that
// recovers still sees the old named results, whether the panic comes from a multi-value call or from the
// last of several operands.
func spread(fail bool) (a, b int) {
	defer func() {
		r := recover()
		fmt.Println("  spread: recovered", r, "a =", a, "b =", b)
	}()
	a, b = 1, 2
	a, b = two(fail)
	return
}

func operands() (a, b, c int) {
	defer func() {
		r := recover()
		fmt.Println("  operands: recovered", r, "a =", a, "b =", b, "c =", c)
	}()
	a, b, c = 1, 2, 3
	a, b, c = c+10, a+10, boom()
	return
}

func main() {
	fmt.Println(spread(false))
	fmt.Println(spread(true))
	fmt.Println(operands())
}
