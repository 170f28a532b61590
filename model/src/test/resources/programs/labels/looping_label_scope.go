package main

import "fmt"

// A label that a later goto jumps back to heads a loop for escape analysis: defers after it in the same
// block need heap records. The loop ends with the block of an if, a for or a case, but a plain {...}
// block does not end it.
func inIfBody(n int) {
	i := 0
	if n > 0 {
	again:
		i++
		if i < n {
			goto again
		}
	}
	defer fmt.Println("inIfBody: after the if, i =", i)
}

func inPlainBlock(n int) {
	i := 0
	{
	again:
		i++
		if i < n {
			goto again
		}
	}
	defer fmt.Println("inPlainBlock: after the block, i =", i)
}

func forwardOnly(n int) {
	if n > 1 {
		goto done
	}
	defer fmt.Println("forwardOnly: skipped when n > 1")
done:
	defer fmt.Println("forwardOnly: after the label, n =", n)
}

func inCase(n int) {
	i := 0
	switch {
	case n > 0:
	again:
		i++
		if i < n {
			goto again
		}
		defer fmt.Println("inCase: in the case after the label")
	}
	defer fmt.Println("inCase: after the switch, i =", i)
}

func main() {
	inIfBody(3)
	inPlainBlock(3)
	forwardOnly(1)
	forwardOnly(2)
	inCase(2)
}
