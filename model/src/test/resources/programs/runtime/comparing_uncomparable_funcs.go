// Comparing two interfaces that hold funcs of the same type panics with "comparing uncomparable type func()" (runtime.efaceeq); different dynamic types just compare unequal.
package main

import "fmt"

func hello() {}

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var x any = hello
	var n any = 1
	fmt.Println(x == n, x != any("hello"))
	fmt.Println(x == x)
}
