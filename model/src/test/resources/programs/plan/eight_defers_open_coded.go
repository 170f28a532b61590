// Exactly 8 defers in one function with one return: the compiler open-codes all of them (maxOpenDefers = 8).
package main

import "fmt"

func f() {
	defer fmt.Println(1)
	defer fmt.Println(2)
	defer fmt.Println(3)
	defer fmt.Println(4)
	defer fmt.Println(5)
	defer fmt.Println(6)
	defer fmt.Println(7)
	defer fmt.Println(8)
}

func main() {
	f()
}
