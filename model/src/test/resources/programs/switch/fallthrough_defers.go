package main

import "fmt"

// fallthrough runs the next clause in source order, including a default in the middle; each clause run
// registers its defer, and they run in reverse when chain returns.
func chain(n int) {
	defer fmt.Println("chain", n, "returns")
	switch n {
	case 1:
		defer fmt.Println("  case 1")
		fallthrough
	default:
		defer fmt.Println("  default")
		fallthrough
	case 2:
		defer fmt.Println("  case 2")
	case 3:
		defer fmt.Println("  case 3")
		fallthrough
	case 4:
		defer fmt.Println("  case 4")
	}
}

func main() {
	for n := 1; n <= 5; n++ {
		chain(n)
	}
}
