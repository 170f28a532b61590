// In `defer getFn()(arg())` the function value and then the argument are evaluated at the defer statement.
package main

import "fmt"

func getFn() func(int) {
	fmt.Println("getFn evaluated")
	return func(n int) { fmt.Println("deferred call got", n) }
}

func arg() int {
	fmt.Println("arg evaluated")
	return 7
}

func main() {
	defer getFn()(arg())
	fmt.Println("body after defer statement")
}
