// println writes to stderr and fmt.Println to stdout; the order within each stream follows LIFO.
package main

import "fmt"

func main() {
	defer println("err 1")
	defer fmt.Println("out 1")
	defer print("err 2 ", 2, " ", true, "\n")
	defer fmt.Print("out 2 ", 2, " ", true, "\n")
	println("body err")
	fmt.Println("body out")
}
