// Claim 5 (unnamed results copied to a temporary) is imprecise: `return e` assigns the result slot before defers for named and unnamed results alike.
package main

import "fmt"

func unnamed() int {
	v := 5
	defer func() { recover() }()
	defer func() { v = 6; panic("after return") }()
	return v
}

func named() (r int) {
	v := 5
	defer func() { recover() }()
	defer func() { v = 6; panic("after return") }()
	return v
}

func operandPanics() int {
	defer func() { recover() }()
	var s any = "not an int"
	return s.(int) + 1
}

func main() {
	fmt.Println(unnamed(), named(), operandPanics())
}
