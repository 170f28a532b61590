// Nine defers in one function exceed maxOpenDefers: every site becomes a stack record, still LIFO.
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
	defer fmt.Println(9)
}

func main() {
	f()
}
