package main

import "fmt"

func val(s string, v int) int {
	fmt.Println("  evaluate", s)
	return v
}

// The tag is evaluated once, then the case expressions left to right and top to bottom until one matches;
// the rest are never evaluated. A case expression that panics stops the switch there.
func classify(n, d int) (r string) {
	defer func() {
		if e := recover(); e != nil {
			r = fmt.Sprint("recovered: ", e)
		}
	}()
	switch val("tag", n) {
	case val("a", 1), val("b", 2):
		return "one or two"
	case val("c", 10/d):
		return "ten over d"
	case val("d", 3):
		return "three"
	}
	return "none"
}

func main() {
	fmt.Println(classify(2, 1))
	fmt.Println(classify(5, 2))
	fmt.Println(classify(3, 0))
	fmt.Println(classify(7, 5))
}
