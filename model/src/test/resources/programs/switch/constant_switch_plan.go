package main

import "fmt"

// gc resolves a switch on constants at compile time and drops the clauses that cannot run: their defers are
// not counted, so eight live defers stay open-coded.
func eightLive() {
	defer fmt.Println(1)
	defer fmt.Println(2)
	defer fmt.Println(3)
	defer fmt.Println(4)
	defer fmt.Println(5)
	defer fmt.Println(6)
	defer fmt.Println(7)
	switch {
	case 2 < 1:
		defer fmt.Println("never")
	default:
		defer fmt.Println(8)
	}
}

// The same with a non-constant case first: gc gives up, so all nine defers count and none is open-coded.
func nineCounted(n int) {
	defer fmt.Println(1)
	defer fmt.Println(2)
	defer fmt.Println(3)
	defer fmt.Println(4)
	defer fmt.Println(5)
	defer fmt.Println(6)
	defer fmt.Println(7)
	switch {
	case n > 100:
	case 2 < 1:
		defer fmt.Println("never")
	default:
		defer fmt.Println(8)
	}
}

// A constant tag: only the matching clause is kept; a loop defer in a dropped clause does not force records.
func constantTag() {
	switch 2 {
	case 1:
		for i := 0; i < 2; i++ {
			defer fmt.Println("never", i)
		}
	case 2:
		defer fmt.Println("two")
	}
	defer fmt.Println("after the switch")
}

// A fallthrough out of the matching clause makes gc keep the whole switch.
func withFallthrough() {
	switch 1 {
	case 1:
		defer fmt.Println("one")
		fallthrough
	case 2:
		defer fmt.Println("two, by fallthrough")
	case 3:
		for i := 0; i < 2; i++ {
			defer fmt.Println("never", i)
		}
	}
}

func main() {
	eightLive()
	nineCounted(1)
	constantTag()
	withFallthrough()
}
