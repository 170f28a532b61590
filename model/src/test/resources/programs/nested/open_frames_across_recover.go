// Open-coded defers higher up the stack still run after a recovering defer below them starts a new panic (RecursivePanic5 shape).
package main

import "fmt"

func one() {
	two()
}

func two() {
	defer func() { fmt.Println("two's defer") }()
	three()
}

func three() {
	defer func() { fmt.Println("three's last defer") }()
	defer func() { fmt.Println(recover()) }()
	defer func() {
		fmt.Println(recover())
		panic("second panic")
	}()
	panic("first panic")
}

func main() {
	one()
	panic("third panic")
}
