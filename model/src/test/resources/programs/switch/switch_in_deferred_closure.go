package main

import "fmt"

// A deferred closure that switches on the recovered value decides the named results; a switch on the
// result inside a deferred call sees the value return set; a defer registered in a case of a switch inside
// a loop is a heap record, one per iteration.
func safeDiv(a, b int) (q int, err string) {
	defer func() {
		switch r := recover(); {
		case r == nil:
			return
		case b == 0:
			q, err = 0, fmt.Sprint("caught: ", r)
		default:
			panic(r)
		}
	}()
	return a / b, ""
}

func grade(n int) (s string) {
	defer func() {
		switch s {
		case "A", "B":
			s += " (pass)"
		default:
			s += " (fail)"
		}
	}()
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	}
	return "C"
}

func loop() {
	for i := 0; i < 4; i++ {
		switch i % 2 {
		case 0:
			defer fmt.Println("even", i)
		default:
			defer func() { fmt.Println("odd closure") }()
		}
	}
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(grade(95), grade(85), grade(10))
	loop()
}
