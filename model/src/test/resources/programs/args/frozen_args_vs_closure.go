// `defer fmt.Println(x)` freezes x at the defer statement, while a deferred closure sees x's final value.
package main

import "fmt"

func main() {
	x := 1
	defer fmt.Println("frozen arg:", x)
	defer func() { fmt.Println("closure sees:", x) }()
	defer println("frozen println arg:", x)
	x = 2
	x += 40
}
