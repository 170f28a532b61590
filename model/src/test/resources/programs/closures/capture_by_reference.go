// Closures capture variables by reference: a deferred closure and the body share the same variable.
package main

import "fmt"

func main() {
	counter := 0
	inc := func() { counter++ }
	defer func() { fmt.Println("final counter", counter) }()
	defer inc()
	inc()
	inc()
	fmt.Println("body counter", counter)
}
