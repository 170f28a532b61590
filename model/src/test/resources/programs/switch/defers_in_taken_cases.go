package main

import "fmt"

// Only the case a switch takes registers its defers; they run LIFO with the function's other defers when it
// returns, and a recovering defer registered in one case sets the named result.
func pick(n int) (out string) {
	defer func() { out += "." }()
	switch {
	case n < 0:
		defer func() { out += "[neg]" }()
		return "negative"
	case n == 0:
		defer fmt.Println("  zero: deferred in the case")
		out = "zero"
	case n%2 == 0:
		defer func() {
			if r := recover(); r != nil {
				out = fmt.Sprint("recovered ", r)
			}
		}()
		panic(n)
	default:
		defer fmt.Println("  odd: deferred in the default case", n)
	}
	return out + "!"
}

func main() {
	for n := -1; n < 4; n++ {
		fmt.Println(n, pick(n))
	}
}
