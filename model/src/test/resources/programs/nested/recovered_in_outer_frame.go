// A panic raised by f's defer while f panics is recovered in main's defer; main's frame resumes and returns normally.
package main

import "fmt"

func f() {
	defer fmt.Println("f: after the panicking defer")
	defer func() { panic("B in f's defer") }()
	panic("A in f")
}

func g() (n int) {
	defer func() {
		fmt.Println("g recovered:", recover())
		n = 5
	}()
	f()
	return 1
}

func main() {
	fmt.Println("g returned", g())
}
